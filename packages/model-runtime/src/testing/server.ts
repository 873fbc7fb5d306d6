import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleRequest } from './request-handler';
import { ServerState } from './server-state';
import type { TestModelServer, TestModelServerOptions } from './types';

/**
 * An HTTP server on 127.0.0.1 that speaks the OpenAI, Anthropic, Gemini, Cohere, Jina-style rerank and Ollama
 * wire protocols with deterministic answers, so the real AI SDK providers can be tested without a network.
 */
export async function startTestModelServer(options: TestModelServerOptions = {}): Promise<TestModelServer> {
  const state = new ServerState(options);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void handleRequest(req, res, state));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    requests: state.requests,
    pausesMs: state.pausesMs,
    get abortedStreams() {
      return state.abortedStreams;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
    script: (reply) => state.script(reply),
    setLatency: (latency) => {
      state.latency = { ...state.latency, ...latency };
    },
    failNext: (failure) => state.failNext(failure),
    waitForAbortedStreams: (count, timeoutMs = 2000) => state.waitForAbortedStreams(count, timeoutMs),
    reset: () => state.reset(),
  };
}
