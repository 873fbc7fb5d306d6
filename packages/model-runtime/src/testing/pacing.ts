import type { StreamSink } from './stream-sink';
import type { LatencySettings } from './types';

/** One unit of a streamed answer: frames written together, paced like a token when `token` is set. */
export interface StreamStep {
  frames: string[];
  token: boolean;
}

export function tokenIntervalMs(latency: LatencySettings): number {
  const rate = latency.tokensPerSecond;
  return rate !== undefined && rate > 0 ? 1000 / rate : 0;
}

/** How long a non-streaming answer of `tokenCount` tokens takes: as long as its stream would. */
export function generationDelayMs(latency: LatencySettings, tokenCount: number): number {
  return (latency.ttftMs ?? 0) + Math.max(0, tokenCount - 1) * tokenIntervalMs(latency);
}

/** Writes the steps in order, waiting ttftMs before the first token and the token interval between tokens. */
export async function playStream(sink: StreamSink, latency: LatencySettings, steps: StreamStep[]): Promise<void> {
  let tokensSent = 0;
  for (const step of steps) {
    if (step.token) {
      await sink.pause(tokensSent === 0 ? (latency.ttftMs ?? 0) : tokenIntervalMs(latency));
      tokensSent += 1;
    }
    if (sink.clientGone) return;
    for (const frame of step.frames) sink.write(frame);
  }
  sink.end();
}

export function sseData(payload: unknown): string {
  return `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`;
}

export function sseEvent(event: string, payload: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
}
