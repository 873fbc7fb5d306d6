import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageAgentThoughts } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { parseSse, seedPromptApp, seedTestModels } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

/** Dify sends a thought when it starts and again as it fills in: the last one of a tool is complete. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lastThought = (events: any[], toolName: string) => events.filter((event) => event.event === 'agent_thought' && event.tool === toolName).at(-1);

const tool = (provider: string, name: string) => ({ provider_type: 'builtin', provider_id: provider, tool_name: name, tool_parameters: {}, enabled: true });

describe('agent apps on the Service API', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;
  let canary: Server;
  let canaryHits = 0;
  let canaryUrl: string;

  beforeAll(async () => {
    server = await startTestModelServer();
    await seedTestModels(fx.app, fx.owner, server);
    canary = createServer((_req, res) => {
      canaryHits += 1;
      res.end('<html><body>internal secrets</body></html>');
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
    canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/admin`;
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server?.close();
    await new Promise<void>((resolve) => canary.close(() => resolve()));
  });

  const streamed = async (key: string, query: string) => {
    const res = await fx.app.request('POST', '/v1/chat-messages', {
      token: key,
      json: { query, inputs: {}, user: 'agent-user', response_mode: 'streaming', auto_generate_name: false },
    });
    expect(res.status).toBe(200);
    return parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : []));
  };

  it('runs tools by function calling, streaming agent_thought then agent_message, and keeps the thoughts', async () => {
    const agent = await seedPromptApp(fx.app, fx.owner, {
      mode: 'agent-chat',
      config: { agent_mode: { enabled: true, strategy: 'function_call', max_iteration: 5, tools: [tool('maths', 'eval_expression')] } },
    });
    server.script({ toolCalls: [{ name: 'eval_expression', arguments: { expression: '6*7' } }] });
    const events = await streamed(agent.key, 'what is 6*7?');
    const kinds = events.map((event) => event.event);
    expect(kinds).toContain('agent_thought');
    expect(kinds.at(-1)).toBe('message_end');
    expect(kinds.indexOf('agent_thought')).toBeLessThan(kinds.indexOf('agent_message'));
    const thought = lastThought(events, 'eval_expression');
    expect(thought).toMatchObject({ position: 1, tool: 'eval_expression', observation: expect.stringContaining('42'), message_id: expect.any(String) });
    expect(events.filter((event) => event.event === 'agent_message').map((event) => event.answer).join('')).toContain('42');
    const rows = await fx.app.deps.db.select().from(messageAgentThoughts).where(eq(messageAgentThoughts.messageId, thought.message_id));
    expect(rows.sort((a, b) => a.position - b.position).map((row) => row.tool)).toEqual(['eval_expression', '']);
  });

  it('refuses blocking mode for agent apps, as Dify does', async () => {
    const agent = await seedPromptApp(fx.app, fx.owner, { mode: 'agent-chat' });
    const res = await fx.app.request('POST', '/v1/chat-messages', { token: agent.key, json: { query: 'hi', inputs: {}, user: 'u' } });
    expect(res.body).toMatchObject({ code: 'invalid_param', message: 'Agent Chat App does not support blocking mode' });
  });

  it('runs a ReAct turn on a model without tool calling', async () => {
    const agent = await seedPromptApp(fx.app, fx.owner, {
      mode: 'agent-chat',
      config: {
        model: { provider: 'openai_api_compatible', name: 'test-plain', mode: 'chat', completion_params: {} },
        agent_mode: { enabled: true, strategy: 'react', max_iteration: 5, tools: [tool('maths', 'eval_expression')] },
      },
    });
    server.script({ text: 'Thought: compute it.\nAction:\n```json\n{"action": "eval_expression", "action_input": {"expression": "2+3"}}\n```' });
    server.script({ text: 'Thought: done.\nFinal Answer: It is 5.' });
    const events = await streamed(agent.key, 'what is 2+3?');
    expect(events.filter((event) => event.event === 'agent_message').map((event) => event.answer).join('')).toBe('It is 5.');
    expect(lastThought(events, 'eval_expression')).toMatchObject({ observation: expect.stringContaining('5') });
    expect((server.requests[0]!.body as { tools?: unknown }).tools).toBeUndefined();
  });

  it('refuses to let the web page reader fetch a loopback address: the canary hears nothing', async () => {
    const agent = await seedPromptApp(fx.app, fx.owner, {
      mode: 'agent-chat',
      config: { agent_mode: { enabled: true, strategy: 'function_call', max_iteration: 3, tools: [tool('webscraper', 'webscraper')] } },
    });
    server.script({ toolCalls: [{ name: 'webscraper', arguments: { url: canaryUrl } }] });
    const events = await streamed(agent.key, 'read the admin page');
    const thought = lastThought(events, 'webscraper');
    expect(thought.observation).toMatch(/refus|not allowed|private|loopback/i);
    expect(thought.observation).not.toContain('internal secrets');
    expect(canaryHits).toBe(0);
    expect(events.at(-1).event).toBe('message_end');
  });
});
