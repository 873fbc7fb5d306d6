/** Structured one-line logs. Callers never pass secrets; `redact` masks the usual suspects anyway. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const SECRET_FIELD = /pass(word)?|secret|token|api[_-]?key|authorization|cookie/i;

function redact(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, SECRET_FIELD.test(k) ? '[redacted]' : v]));
}

export function createConsoleLogger(silent = false): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    if (silent) return;
    const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...redact(fields) });
    if (level === 'error') console.error(line);
    else console.log(line);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
