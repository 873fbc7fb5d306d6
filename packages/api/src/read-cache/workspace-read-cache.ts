/**
 * What nearly every request reads and rarely changes (an app key's app, an app's published
 * configuration, a workspace's model credentials and prices, annotation settings, end users), kept
 * in memory per process and dropped per workspace when the database announces a change.
 *
 * Correctness rests on three rules:
 * - Nothing is cached until the change feed is live (`setLive(true)`), so an instance never serves
 *   what it could not hear being changed; while it is not live every read goes to the database.
 * - A load that an invalidation of its workspace overtakes is handed to the callers already waiting
 *   on it but never kept, so a value read before a change cannot outlive the change.
 * - Failures are never kept: the next read loads again.
 * A time limit bounds the damage of a notification lost on a broken connection.
 */
export interface ReadCacheOptions {
  /** The longest any value is served without reloading. */
  ttlMs?: number;
  /** Past this many entries everything is dropped, so memory stays bounded whatever the traffic. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  value: Promise<unknown>;
  /** The workspace whose changes drop this entry; null while a load has not told yet. */
  workspaceId: string | null;
  expiresAt: number;
}

export class WorkspaceReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByWorkspace = new Map<string, Set<string>>();
  /** Loads whose workspace is known only from their result: any invalidation drops them. */
  private readonly unscoped = new Set<string>();
  private live = false;
  private detach: (() => Promise<void>) | undefined;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: ReadCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.maxEntries = options.maxEntries ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether changes are being heard; turning it off (a lost connection) forgets everything. */
  setLive(live: boolean): void {
    this.live = live;
    if (!live) this.clear();
  }

  /** Runs `stop` (ending the change feed) on `close()`. */
  onClose(stop: () => Promise<void>): void {
    this.detach = stop;
  }

  async close(): Promise<void> {
    this.setLive(false);
    await this.detach?.();
    this.detach = undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The value under `key`, loaded once and shared by concurrent callers. `workspaceId` is the
   * workspace whose changes invalidate it; when only the value knows it (an app key names its
   * workspace), pass null and `workspaceOf`.
   */
  read<T>(key: string, workspaceId: string | null, load: () => Promise<T>, workspaceOf?: (value: T) => string | null): Promise<T> {
    if (!this.live) return load();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) return hit.value as Promise<T>;
    if (hit) this.drop(key);
    if (this.entries.size >= this.maxEntries) this.clear();
    const entry: Entry = { value: Promise.resolve(), workspaceId, expiresAt: this.now() + this.ttlMs };
    const value = load().then(
      (result) => {
        if (this.entries.get(key) === entry && entry.workspaceId === null) this.settleScope(key, entry, workspaceOf?.(result) ?? null);
        return result;
      },
      (error: unknown) => {
        if (this.entries.get(key) === entry) this.drop(key);
        throw error;
      },
    );
    entry.value = value;
    this.entries.set(key, entry);
    if (workspaceId === null) this.unscoped.add(key);
    else this.index(key, workspaceId);
    return value;
  }

  /** Forgets one entry (a value its reader found out of date). */
  forget(key: string): void {
    if (this.entries.has(key)) this.drop(key);
  }

  /** Forgets everything read for `workspaceId`, and every load that has not yet named its workspace. */
  invalidate(workspaceId: string): void {
    for (const key of this.keysByWorkspace.get(workspaceId) ?? []) this.entries.delete(key);
    this.keysByWorkspace.delete(workspaceId);
    for (const key of this.unscoped) this.entries.delete(key);
    this.unscoped.clear();
  }

  clear(): void {
    this.entries.clear();
    this.keysByWorkspace.clear();
    this.unscoped.clear();
  }

  private settleScope(key: string, entry: Entry, workspaceId: string | null): void {
    this.unscoped.delete(key);
    // A value that names no workspace cannot be invalidated by one: do not keep it.
    if (workspaceId === null) {
      this.entries.delete(key);
      return;
    }
    entry.workspaceId = workspaceId;
    this.index(key, workspaceId);
  }

  private index(key: string, workspaceId: string): void {
    let keys = this.keysByWorkspace.get(workspaceId);
    if (!keys) this.keysByWorkspace.set(workspaceId, (keys = new Set()));
    keys.add(key);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    this.entries.delete(key);
    this.unscoped.delete(key);
    if (entry?.workspaceId) this.keysByWorkspace.get(entry.workspaceId)?.delete(key);
  }
}
