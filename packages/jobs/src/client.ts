import { Inngest, Middleware } from 'inngest';
import { ServedRunRecording } from './served-runs';

/** Where functions run: on a real Inngest server that calls `/api/inngest`, or in this process. */
export type JobsMode = 'serve' | 'in-process';

export interface JobsSettings {
  mode: JobsMode;
  baseUrl?: string;
  eventKey?: string;
  signingKey?: string;
  /** The Inngest dev server (INNGEST_DEV=1): no keys, no signatures. */
  dev?: boolean;
}

/**
 * Reads INNGEST_BASE_URL, INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY and INNGEST_DEV. A server without
 * keys (and not the dev server) would answer every call with an error, so that stops the start.
 */
export function jobsSettingsFromEnv(env: Record<string, string | undefined> = process.env): JobsSettings {
  const baseUrl = env.INNGEST_BASE_URL?.trim();
  if (!baseUrl) return { mode: 'in-process' };
  const dev = env.INNGEST_DEV === '1' || env.INNGEST_DEV === 'true';
  const signingKey = env.INNGEST_SIGNING_KEY?.trim() || undefined;
  const eventKey = env.INNGEST_EVENT_KEY?.trim() || undefined;
  if (!dev && (!signingKey || !eventKey)) {
    throw new Error('INNGEST_BASE_URL is set: also set INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY, or INNGEST_DEV=1 for the Inngest dev server.');
  }
  return { mode: 'serve', baseUrl, eventKey, signingKey, dev };
}

export type SendRoute = (events: readonly Record<string, unknown>[]) => Promise<{ ids: string[] }>;

/** In-process clients hand their events to the driver attached to them. */
const routes = new WeakMap<object, SendRoute>();

export function routeSendsTo(client: Inngest.Any, route: SendRoute | undefined): void {
  if (route) routes.set(client, route);
  else routes.delete(client);
}

/**
 * `inngest.send()` and `step.sendEvent()` both pass through here: in-process, events go to the
 * driver (which queues runs in Postgres) and never leave the machine.
 */
class InProcessSend extends Middleware.BaseMiddleware {
  readonly id = 'tessera-in-process-send';

  override async wrapSendEvent(args: Middleware.WrapSendEventArgs) {
    const route = routes.get(this.client);
    if (!route) throw new Error('No job runtime is running for this client: events cannot be queued.');
    return route(args.events as readonly Record<string, unknown>[]);
  }
}

export const JOBS_APP_ID = 'tessera';

export interface JobsClientLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Errors become their messages: the SDK's own log lines otherwise carry stacks and whole payloads. */
function plain(value: unknown): unknown {
  if (value instanceof Error) return value.message;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v instanceof Error ? v.message : v]));
  return value;
}

/** The SDK logs like pino (`(fields, message)` or `(message)`); Tessera's logger takes `(message, fields)`. */
function sdkLogger(logger: JobsClientLogger) {
  const adapt = (write: (message: string, fields?: Record<string, unknown>) => void) => (...args: unknown[]) => {
    const message = args.find((a) => typeof a === 'string') ?? (args[0] instanceof Error ? args[0].message : 'inngest');
    const detail = args.find((a) => a !== null && typeof a === 'object');
    write(`inngest: ${String(message)}`, detail === undefined ? undefined : { detail: plain(detail) });
  };
  return { info: adapt(logger.info), warn: adapt(logger.warn), error: adapt(logger.error), debug: () => {} };
}

/**
 * The one Inngest client of a process. Functions are created on it
 * (`client.createFunction(...)`) whichever mode runs them.
 */
export function createJobsClient(settings: JobsSettings, logger?: JobsClientLogger): Inngest {
  const logging = logger ? { logger: sdkLogger(logger), internalLogger: sdkLogger(logger) } : {};
  if (settings.mode === 'serve') {
    return new Inngest({
      ...logging,
      id: JOBS_APP_ID,
      baseUrl: settings.baseUrl,
      eventKey: settings.eventKey,
      signingKey: settings.signingKey,
      isDev: settings.dev ?? false,
      // The run list records the server's runs too (see recordServedRunsIn).
      middleware: [ServedRunRecording],
    });
  }
  // Dev mode: nothing here signs requests, and the comm handler is only ever called in-process.
  return new Inngest({ ...logging, id: JOBS_APP_ID, isDev: true, middleware: [InProcessSend] });
}
