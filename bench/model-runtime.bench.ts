// Runtime overhead per streamed LLM call: time to first token through the model runtime (provider
// package, message conversion, usage accounting) minus the same request made directly with fetch,
// both against the loopback test model server, at concurrency 1 and 50.
import { createModelRuntime, customModelDefinition, type ModelTarget } from '@tessera/model-runtime';
import { startTestModelServer } from '@tessera/model-runtime/testing';

const PROMPT = 'Tell me about the quiet harbour town and its lighthouse keeper in twenty words or so';

async function directTimeToFirstToken(baseUrl: string): Promise<{ ttft: number; total: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: JSON.stringify({ model: 'bench-chat', stream: true, messages: [{ role: 'user', content: PROMPT }] }),
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let ttft = 0;
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    if (!ttft && buffered.includes('"content":"')) ttft = performance.now() - started;
  }
  return { ttft, total: performance.now() - started };
}

async function runtimeTimeToFirstToken(runtime: ReturnType<typeof createModelRuntime>, target: ModelTarget) {
  const started = performance.now();
  let ttft = 0;
  const stream = runtime.streamLlm({
    target,
    messages: [{ role: 'user', content: PROMPT }],
    caller: { workspaceId: '00000000-0000-0000-0000-000000000000', type: 'console' },
  });
  for await (const chunk of stream) {
    if (!ttft && chunk.delta.message.content) ttft = performance.now() - started;
  }
  return { ttft, total: performance.now() - started };
}

async function sample(concurrency: number, rounds: number, call: () => Promise<{ ttft: number; total: number }>) {
  const ttfts: number[] = [];
  const totals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.all(Array.from({ length: concurrency }, call));
    for (const r of results) {
      ttfts.push(r.ttft);
      totals.push(r.total);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;
  return { n: ttfts.length, ttftP50: median(ttfts), ttftP95: p95(ttfts), totalP50: median(totals) };
}

export async function run(): Promise<void> {
  const server = await startTestModelServer();
  let usageRecords = 0;
  const runtime = createModelRuntime({ onUsage: () => void usageRecords++ });
  const credentials = { endpoint_url: server.openaiBaseUrl, api_key: 'bench' };
  const target: ModelTarget = {
    provider: 'openai_api_compatible',
    model: 'bench-chat',
    modelType: 'llm',
    credentials,
    definition: customModelDefinition('openai_api_compatible', 'bench-chat', 'llm', credentials),
  };
  const f = (x: number) => `${x.toFixed(2).padStart(7)}ms`;
  for (const [concurrency, rounds] of [
    [1, 200],
    [50, 20],
  ] as const) {
    for (let i = 0; i < 20; i++) await Promise.all([directTimeToFirstToken(server.openaiBaseUrl), runtimeTimeToFirstToken(runtime, target)]);
    const direct = await sample(concurrency, rounds, () => directTimeToFirstToken(server.openaiBaseUrl));
    const through = await sample(concurrency, rounds, () => runtimeTimeToFirstToken(runtime, target));
    console.log(
      `streamed LLM call, concurrency ${String(concurrency).padStart(2)}  n=${through.n}  ` +
        `TTFT direct p50=${f(direct.ttftP50)} runtime p50=${f(through.ttftP50)} overhead p50=${f(through.ttftP50 - direct.ttftP50)}  ` +
        `p95 direct=${f(direct.ttftP95)} runtime=${f(through.ttftP95)}  whole stream p50 direct=${f(direct.totalP50)} runtime=${f(through.totalP50)}`,
    );
  }
  console.log(`usage records written=${usageRecords}  rss=${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)}MB`);
  await server.close();
}
