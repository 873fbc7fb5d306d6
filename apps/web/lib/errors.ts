import { type Messages } from '@/lib/i18n/messages';
import { plainValidationMessage, type Translate } from './validation-message';

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  data?: { appCode?: unknown; httpStatus?: unknown; code?: unknown } | null;
}

/** The Dify error code of a tRPC or sign-in failure, when it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'string') return error;
  const e = error as ErrorLike | null;
  if (typeof e?.data?.appCode === 'string') return e.data.appCode;
  if (typeof e?.code === 'string') return e.code;
  return undefined;
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as ErrorLike | null)?.data?.httpStatus;
  return typeof status === 'number' ? status : undefined;
}

/** A translated message for known codes; otherwise the server's message, which names the field at fault. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!error) return '';
  const code = errorCode(error);
  if (code && isErrorCode(t, code)) return t(`errors.${code}`);
  const message = (error as ErrorLike | null)?.message;
  if (typeof message === 'string' && message && code !== 'unknown' && !/fetch|network/i.test(message)) {
    // Field errors name the field and the rule in English; say them in plain words in the console's language.
    return code === 'invalid_param' || code === 'bad_request' || code === 'BAD_REQUEST' ? plainValidationMessage(t, message) : message;
  }
  return t('errors.generic');
}

type ErrorCode = keyof Messages['errors'];

// Codes come from the server as plain strings; the catalogue decides which ones have their own words.
function isErrorCode(t: Translate, code: string): code is ErrorCode {
  return t.has(`errors.${code}` as `errors.${ErrorCode}`);
}
