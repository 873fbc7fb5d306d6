import { type InngestFunction } from 'inngest';
import { resolveWakeTime } from '../durations';
import { compileCondition, compileKey, type Scope } from '../expressions';

type ConcurrencyOption = number | { limit: number; key?: string; scope?: string };

interface InngestFunctionConfig {
  id: string;
  triggers: Array<{ event?: string; expression?: string; cron?: string }>;
  steps: Record<string, { retries?: { attempts?: number } }>;
  concurrency?: ConcurrencyOption | ConcurrencyOption[];
  cancel?: Array<{ event: string; if?: string; timeout?: string }>;
}

type Validator = { '~standard': { validate(value: unknown): unknown } };

/** What the driver must know about one function, read from the same config a real server receives. */
export interface FunctionPlan {
  /** The id the SDK's handler knows the function by (`<app id>-<function id>`). */
  id: string;
  fn: InngestFunction.Any;
  events: string[];
  maxAttempts: number;
  /** Runs of this function at once in the whole deployment. */
  limit: number;
  /** Runs at once per key (e.g. per workspace). */
  key?: { of(scope: Scope): string | null; limit: number };
  cancelOn: Array<{ event: string; matches(scope: Scope): boolean; timeoutMs?: number }>;
  schemas: Map<string, Validator>;
}

const DEFAULT_RETRIES = 3;
const SERVE_URL = new URL('http://in-process/api/inngest');

function concurrencyOf(option: InngestFunctionConfig['concurrency'], fallback: number): Pick<FunctionPlan, 'limit' | 'key'> {
  const entries = option === undefined ? [] : Array.isArray(option) ? option : [option];
  let limit = fallback;
  let key: FunctionPlan['key'];
  for (const entry of entries) {
    const { limit: value, key: expression, scope } = typeof entry === 'number' ? { limit: entry, key: undefined, scope: undefined } : entry;
    if (scope && scope !== 'fn') throw new Error(`Concurrency scope "${scope}" is not supported in-process; use the function scope.`);
    if (expression) key = { of: compileKey(expression), limit: value > 0 ? value : fallback };
    else limit = value > 0 ? value : fallback;
  }
  return { limit, key };
}

/**
 * Builds the plan from the function's Inngest config. Options the driver cannot honour (cron
 * triggers, trigger expressions, other concurrency scopes) stop the runtime from starting, so a
 * function never silently behaves differently in-process than on a server.
 */
export function planFunction(fn: InngestFunction.Any, appId: string, defaultLimit: number): FunctionPlan {
  const configs = (fn as unknown as { getConfig(o: { baseUrl: URL; appPrefix: string }): InngestFunctionConfig[] }).getConfig({
    baseUrl: SERVE_URL,
    appPrefix: appId,
  });
  const config = configs[0]!;
  const events: string[] = [];
  for (const trigger of config.triggers) {
    if (!trigger.event || trigger.expression) {
      throw new Error(`Function ${config.id}: only plain event triggers run in-process (no cron, no trigger expressions).`);
    }
    events.push(trigger.event);
  }
  const schemas = new Map<string, Validator>();
  const triggers = ((fn as unknown as { opts: { triggers?: unknown[] } }).opts.triggers ?? []) as Array<{ name?: string; event?: string | { name: string; schema?: Validator }; schema?: Validator }>;
  for (const trigger of triggers) {
    const name = trigger.name ?? (typeof trigger.event === 'string' ? trigger.event : trigger.event?.name);
    const schema = trigger.schema ?? (typeof trigger.event === 'object' ? trigger.event.schema : undefined);
    if (name && schema) schemas.set(name, schema);
  }
  const retries = config.steps.step?.retries?.attempts ?? DEFAULT_RETRIES;
  const epoch = new Date(0);
  return {
    id: config.id,
    fn,
    events,
    maxAttempts: retries + 1,
    ...concurrencyOf(config.concurrency, defaultLimit),
    cancelOn: (config.cancel ?? []).map((cancel) => ({
      event: cancel.event,
      matches: cancel.if ? compileCondition(cancel.if) : () => true,
      timeoutMs: cancel.timeout ? resolveWakeTime(cancel.timeout, epoch).getTime() : undefined,
    })),
    schemas,
  };
}
