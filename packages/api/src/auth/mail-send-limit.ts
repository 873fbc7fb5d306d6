import { type AppDeps } from '../deps';
import { type AppError, errors } from '../errors';
import { hitCounter, readCounter, reserveAttempt } from './rate-limit';

/** Dify's `EMAIL_SEND_IP_LIMIT_PER_MINUTE`. */
export const EMAIL_SEND_IP_LIMIT_PER_MINUTE = 50;
const BREACH_WINDOW_SECONDS = 600;
const FREEZE_SECONDS = 3_600;

const minuteKey = (ip: string) => `email_send_ip_limit_minute:${ip}`;
const breachKey = (ip: string) => `email_send_ip_limit_breach:${ip}`;
const freezeKey = (ip: string) => `email_send_ip_limit_freeze:${ip}`;

export const emailSendIpLimitError = () =>
  errors.tooManyRequests('email_send_ip_limit', 'Too many emails have been sent from this IP address recently.');

/**
 * Every endpoint that mails someone on an anonymous request calls this first: more than 50 mails a
 * minute from one IP are refused, and a second breach within ten minutes freezes the IP for an
 * hour (Dify's rule). The counters live in Postgres, so the limit holds across instances; the send
 * is reserved in the minute's window before anything is mailed, so parallel requests cannot pass
 * it together.
 */
export async function assertMailSendAllowed(deps: AppDeps, ip: string): Promise<void> {
  if ((await readCounter(deps, freezeKey(ip))) > 0) throw emailSendIpLimitError();
  if (await reserveAttempt(deps, minuteKey(ip), { max: EMAIL_SEND_IP_LIMIT_PER_MINUTE, windowSeconds: 60 })) return;
  const breaches = await hitCounter(deps, breachKey(ip), BREACH_WINDOW_SECONDS);
  if (breaches > 1) await hitCounter(deps, freezeKey(ip), FREEZE_SECONDS);
  throw emailSendIpLimitError();
}

/**
 * A per-address send limit (fixed window): the send is reserved before it happens, so parallel
 * requests cannot slip past the limit together.
 */
export async function assertSendRate(
  deps: AppDeps,
  key: string,
  max: number,
  windowSeconds: number,
  error: () => AppError,
): Promise<void> {
  if (!(await reserveAttempt(deps, key, { max, windowSeconds }))) throw error();
}
