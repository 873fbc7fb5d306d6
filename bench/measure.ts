/** Times `iterations` calls of `fn` (after a warm-up) and returns latency percentiles in ms. */
export async function measure(iterations: number, fn: () => Promise<unknown>, concurrency = 1) {
  for (let i = 0; i < Math.min(10, iterations); i++) await fn();
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < iterations) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { n: samples.length, rps: (samples.length / elapsed) * 1000, p50: pick(0.5), p95: pick(0.95), p99: pick(0.99) };
}

export function printRow(name: string, r: Awaited<ReturnType<typeof measure>>): void {
  const f = (x: number) => x.toFixed(2).padStart(8);
  console.log(`${name.padEnd(44)} n=${String(r.n).padStart(5)}  req/s=${f(r.rps)}  p50=${f(r.p50)}ms  p95=${f(r.p95)}ms  p99=${f(r.p99)}ms`);
}
