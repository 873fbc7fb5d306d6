import { randomUUID } from 'node:crypto';
import { type Database, type PubSub } from '@tessera/db';
import { type Inngest, type InngestFunction } from 'inngest';
import { serve } from 'inngest/edge';
import { compileCondition } from '../expressions';
import { executeRun } from './execute-run';
import { type FunctionPlan, planFunction } from './function-plan';
import { type NewRun, RunStore } from './run-store';

export interface JobsLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface DriverOptions {
  db: Database;
  pubsub: PubSub;
  /** On the embedded engine this process is the only one, so runs left running are recovered at once. */
  engine: 'pglite' | 'postgres';
  client: Inngest.Any;
  functions: InngestFunction.Any[];
  now?: () => Date;
  /** Runs this process executes at once. */
  capacity?: number;
  /** How long a claim lasts without renewal; a dead process's runs are taken over after this. */
  leaseMs?: number;
  /** The safety poll, for a missed notification; wake-ups come from NOTIFY and timers. */
  pollIntervalMs?: number;
  backoffMs?: (attempt: number) => number;
  logger?: JobsLogger;
}

const CHANNEL = 'tessera_jobs';
/** Exponential backoff from 2 s, at most 10 minutes between attempts. */
const defaultBackoff = (attempt: number) => Math.min(1000 * 2 ** attempt, 600_000);
const consoleLogger: JobsLogger = { info: () => {}, error: (message, fields) => console.error(message, fields ?? {}) };

type Validator = FunctionPlan['schemas'] extends Map<string, infer V> ? V : never;

async function assertValid(schema: Validator | undefined, name: string, data: unknown): Promise<void> {
  if (!schema) return;
  const result = (await schema['~standard'].validate(data)) as { issues?: Array<{ message: string; path?: PropertyKey[] }> };
  if (result.issues?.length) {
    const detail = result.issues.map((i) => (i.path?.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join(', ');
    throw new Error(`Event ${name} has invalid data: ${detail}`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs Inngest functions in this process with their state in Postgres: the same function objects a
 * real Inngest server would call, driven through the SDK's own serve handler.
 */
export class JobDriver {
  readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly store: RunStore;
  private readonly plans: FunctionPlan[];
  private readonly handler: (req: Request) => Promise<Response>;
  private readonly now: () => Date;
  private readonly capacity: number;
  private readonly leaseMs: number;
  private readonly logger: JobsLogger;
  private readonly active = new Map<string, Promise<void>>();
  private running = false;
  private stopping = false;
  private polling: Promise<void> | undefined;
  private pollAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private safety: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private rotation = 0;

  constructor(private readonly options: DriverOptions) {
    this.now = options.now ?? (() => new Date());
    this.capacity = options.capacity ?? 4;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.logger = options.logger ?? consoleLogger;
    this.store = new RunStore(options.db, this.owner);
    this.plans = options.functions.map((fn) => planFunction(fn, options.client.id, this.capacity));
    // The in-process client is in dev mode, where the handler checks no signatures: only this process calls it.
    this.handler = serve({ client: options.client, functions: options.functions });
  }

  /** Queues a run of every function triggered by each event, applies `cancelOn`, delivers awaited events. */
  async send(events: readonly Record<string, unknown>[]): Promise<{ ids: string[] }> {
    const now = this.now();
    const payloads = events.map((event) => ({
      ...event,
      name: String(event.name),
      data: (event.data ?? {}) as Record<string, unknown>,
      id: typeof event.id === 'string' && event.id ? event.id : randomUUID(),
      ts: typeof event.ts === 'number' ? event.ts : now.getTime(),
    }));
    const runs: NewRun[] = [];
    for (const payload of payloads) {
      for (const plan of this.plans.filter((p) => p.events.includes(payload.name))) {
        await assertValid(plan.schemas.get(payload.name), payload.name, payload.data);
        const workspaceId = payload.data.workspace_id;
        runs.push({
          functionId: plan.id,
          eventName: payload.name,
          event: JSON.stringify(payload),
          workspaceId: typeof workspaceId === 'string' && UUID.test(workspaceId) ? workspaceId : null,
          concurrencyKey: plan.key?.of({ event: payload }) ?? null,
          maxAttempts: plan.maxAttempts,
        });
      }
    }
    await this.store.insertRuns(runs, now);
    for (const payload of payloads) {
      await this.cancelMatching(payload, now);
      await this.deliverAwaited(payload, now);
    }
    await this.announce();
    return { ids: payloads.map((p) => p.id) };
  }

  /** Cancels a run (only within `workspaceId` when given); false when there is no such unfinished run. */
  async cancel(runId: string, workspaceId?: string): Promise<boolean> {
    if (!UUID.test(runId)) return false;
    const cancelled = await this.store.cancel(runId, this.now(), workspaceId);
    if (cancelled) await this.announce();
    return cancelled;
  }

  private async cancelMatching(payload: Record<string, unknown> & { name: string }, now: Date): Promise<void> {
    for (const plan of this.plans) {
      for (const rule of plan.cancelOn.filter((c) => c.event === payload.name)) {
        const since = rule.timeoutMs === undefined ? undefined : new Date(now.getTime() - rule.timeoutMs);
        for (const run of await this.store.activeRuns(plan.id, since)) {
          if (rule.matches({ event: JSON.parse(run.event) as unknown, async: payload })) await this.store.cancel(run.id, now);
        }
      }
    }
  }

  private async deliverAwaited(payload: Record<string, unknown> & { name: string }, now: Date): Promise<void> {
    const text = JSON.stringify(payload);
    for (const run of await this.store.waitingFor(payload.name)) {
      const matches = run.waitIf ? compileCondition(run.waitIf) : () => true;
      if (matches({ event: JSON.parse(run.event) as unknown, async: payload })) await this.store.deliverEvent(run.id, run.waitStepId, text, now);
    }
  }

  private async announce(): Promise<void> {
    try {
      await this.options.pubsub.notify(CHANNEL, 'work');
    } catch (error) {
      this.logger.error('job notification failed', { error: String(error) });
    }
    this.kick();
  }

  /** Starts claiming work: now, on every notification, when the next sleep or retry is due, and on a slow poll. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    if (this.options.engine === 'pglite') {
      const recovered = await this.store.expireAllLeases(this.now());
      if (recovered > 0) this.logger.info('resuming runs cut off by the last stop', { runs: recovered });
    }
    this.unlisten = await this.options.pubsub.listen(CHANNEL, () => this.kick());
    const interval = this.options.pollIntervalMs ?? 10_000;
    this.safety = setInterval(() => this.kick(), interval);
    this.safety.unref();
    this.kick();
  }

  /** Stops claiming, lets runs in progress finish their current step, and hands the rest back to the queue. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    clearInterval(this.safety);
    clearTimeout(this.timer);
    await this.unlisten?.();
    this.unlisten = undefined;
    await this.polling;
    await Promise.allSettled([...this.active.values()]);
  }

  /** Runs everything runnable now, and what that makes runnable, until nothing is left (tests, scripts). */
  async runUntilIdle(): Promise<void> {
    if (this.stopping) return;
    for (;;) {
      const claimed = await this.claimAndLaunch();
      if (claimed === 0 && this.active.size === 0) return;
      await Promise.allSettled([...this.active.values()]);
    }
  }

  private kick(): void {
    if (!this.running) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = (async () => {
      do {
        this.pollAgain = false;
        try {
          await this.claimAndLaunch();
          await this.scheduleNextWake();
        } catch (error) {
          this.logger.error('job poll failed', { error: String(error) });
        }
      } while (this.pollAgain && this.running);
    })().finally(() => {
      this.polling = undefined;
    });
  }

  private async scheduleNextWake(): Promise<void> {
    clearTimeout(this.timer);
    const at = await this.store.nextRunAt(this.plans.map((p) => p.id), this.now());
    if (!at || !this.running) return;
    const delay = Math.max(0, at.getTime() - this.now().getTime());
    if (delay > (this.options.pollIntervalMs ?? 10_000)) return;
    this.timer = setTimeout(() => this.kick(), delay + 5);
    this.timer.unref();
  }

  /** Claims work for free slots, taking functions in turn so none waits behind another. */
  private async claimAndLaunch(): Promise<number> {
    let claimed = 0;
    const count = this.plans.length;
    for (let i = 0; i < count; i++) {
      const free = this.capacity - this.active.size;
      if (free <= 0) break;
      const plan = this.plans[(this.rotation + i) % count]!;
      const runs = await this.store.claim(plan, free, this.now(), this.leaseMs);
      for (const run of runs) this.launch(run);
      claimed += runs.length;
    }
    this.rotation = count > 0 ? (this.rotation + 1) % count : 0;
    return claimed;
  }

  private launch(run: Parameters<typeof executeRun>[1]): void {
    const renew = setInterval(() => {
      void this.store.renewLease(run.id, this.now(), this.leaseMs).catch(() => {});
    }, Math.max(250, this.leaseMs / 3));
    renew.unref();
    const context = {
      store: this.store,
      handler: this.handler,
      now: this.now,
      backoffMs: this.options.backoffMs ?? defaultBackoff,
      stopping: () => this.stopping,
    };
    const task = executeRun(context, run)
      .catch(async (error: unknown) => {
        this.logger.error('job run failed to execute', { runId: run.id, error: error instanceof Error ? error.message : String(error) });
        const now = this.now();
        const message = JSON.stringify({ name: 'Error', message: error instanceof Error ? error.message : String(error) });
        await this.store.retryLater(run.id, run.attempt, message, new Date(now.getTime() + 5000), now).catch(() => {});
      })
      .finally(() => {
        clearInterval(renew);
        this.active.delete(run.id);
        // A freed slot can let a queued run of this or another instance start.
        if (this.running) void this.announce();
      });
    this.active.set(run.id, task);
  }
}
