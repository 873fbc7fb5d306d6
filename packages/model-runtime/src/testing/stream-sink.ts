import type { ServerResponse } from 'node:http';
import type { ServerState } from './server-state';

/**
 * A streaming response that notices when its client goes away: the stream is counted as aborted, later writes
 * are dropped and pauses end early so the handler stops promptly.
 */
export class StreamSink {
  private ended = false;
  private gone = false;
  private readonly closed: Promise<void>;

  constructor(
    private readonly res: ServerResponse,
    private readonly state: ServerState,
    contentType: string,
  ) {
    this.closed = new Promise((resolve) => {
      res.on('close', () => {
        if (!this.ended) {
          this.gone = true;
          state.recordAbortedStream();
        }
        resolve();
      });
    });
    res.on('error', () => undefined);
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.flushHeaders();
  }

  get clientGone(): boolean {
    return this.gone || this.res.destroyed;
  }

  write(text: string): void {
    if (!this.clientGone) this.res.write(text);
  }

  end(): void {
    if (this.clientGone || this.ended) return;
    this.ended = true;
    this.res.end();
  }

  pause(ms: number): Promise<void> {
    this.state.recordPause(ms);
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      void this.closed.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
