// The floor: the least a server can do to answer `POST /v1/chat-messages` with Dify-shaped events —
// relay the model's stream, one `message` event per delta, then `message_end`. No auth, no storage.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const modelBaseUrl = process.argv[2]!;

const server = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const { query } = JSON.parse(body) as { query: string };
  const upstream = await fetch(`${modelBaseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer floor' },
    body: JSON.stringify({ model: 'bench-chat', stream: true, messages: [{ role: 'user', content: query }] }),
  });
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const ids = { task_id: randomUUID(), message_id: randomUUID(), conversation_id: randomUUID(), created_at: Math.floor(Date.now() / 1000) };
  const decoder = new TextDecoder();
  let buffered = '';
  let seq = 0;
  const reader = upstream.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    buffered += decoder.decode(next.value, { stream: true });
    let cut: number;
    while ((cut = buffered.indexOf('\n\n')) !== -1) {
      const line = buffered.slice(0, cut).replace(/^data: /, '');
      buffered = buffered.slice(cut + 2);
      if (line === '[DONE]') continue;
      const delta = (JSON.parse(line) as { choices?: { delta?: { content?: string } }[] }).choices?.[0]?.delta?.content;
      if (delta) res.write(`id: ${++seq}\ndata: ${JSON.stringify({ event: 'message', ...ids, answer: delta })}\n\n`);
    }
  }
  res.end(`id: ${++seq}\ndata: ${JSON.stringify({ event: 'message_end', ...ids, metadata: {} })}\n\n`);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(JSON.stringify({ url: `http://127.0.0.1:${address.port}` }));
});
