import { expect, test } from '@playwright/test';
import { generateText, streamText } from 'ai';
import { ChatClient, CompletionClient } from 'dify-client';
import { createDifyProvider } from 'dify-ai-provider';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';

// Dify's own Node SDK and the Vercel AI SDK's Dify provider, pointed at Tessera's /v1 with an app key,
// unchanged: what a team that runs Dify today would do. Runs on its own server.
test.describe.configure({ mode: 'serial' });

const owner = { email: 'sdk-owner@example.com', name: 'Sam SDK', password: 'Passw0rd-sdk' };
const PROVIDERS = '/console/api/workspaces/current/model-providers/openai_api_compatible';
let server: TestModelServer;
let baseUrl: string;
let chatKey: string;
let chatAppId: string;
let completionKey: string;

/** A console call with a bearer token, as an operator's script would make it (no cookies kept). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function consoleCall(base: string, path: string, body?: unknown, token?: string): Promise<any> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  return JSON.parse(text);
}

test.beforeAll(async ({ baseURL }) => {
  server = await startTestModelServer();
  baseUrl = `${baseURL}/v1`;
  const call = (path: string, body?: unknown, token?: string) => consoleCall(baseURL!, path, body, token);
  await call('/console/api/setup', owner);
  const token = (await call('/console/api/login', { email: owner.email, password: owner.password })).data.access_token as string;
  await call(`${PROVIDERS}/credentials`, { credentials: { endpoint_url: server.openaiBaseUrl, api_key: 'sk-sdk-0123456789' } }, token);
  await call(`${PROVIDERS}/models/credentials`, { model: 'sdk-chat', model_type: 'llm', credentials: { context_size: '8000' } }, token);
  const model = { provider: 'openai_api_compatible', name: 'sdk-chat', mode: 'chat', completion_params: {} };
  const makeApp = async (mode: string, config: Record<string, unknown>) => {
    const app = await call('/console/api/apps', { name: `SDK ${mode}`, mode }, token);
    await call(`/console/api/apps/${app.id}/model-config`, { model, ...config }, token);
    const key = await call(`/console/api/apps/${app.id}/api-keys`, undefined, token);
    return { id: app.id as string, key: key.token as string };
  };
  const chat = await makeApp('chat', { pre_prompt: 'You are a helpful assistant.', suggested_questions_after_answer: { enabled: true } });
  chatKey = chat.key;
  chatAppId = chat.id;
  completionKey = (
    await makeApp('completion', {
      pre_prompt: 'Summarise: {{text}}',
      user_input_form: [{ 'text-input': { variable: 'text', label: 'Text', required: true } }],
    })
  ).key;
});

test.afterAll(async () => {
  await server?.close();
});

/** Reads a stream the SDK hands back (axios `responseType: "stream"`) into Dify's events. */
async function sdkEvents(stream: NodeJS.ReadableStream): Promise<Record<string, unknown>[]> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text
    .split('\n\n')
    .map((block) => block.split('\n').find((line) => line.startsWith('data: ')))
    .filter((line): line is string => Boolean(line))
    .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
}

test('dify-client: chat blocking and streaming, conversations, messages, feedback, rename, delete, parameters', async () => {
  const client = new ChatClient(chatKey, baseUrl);
  const first = await client.createChatMessage({}, 'Hello from the SDK', 'sdk-user');
  expect(first.data).toMatchObject({ event: 'message', answer: 'Echo: Hello from the SDK', conversation_id: expect.any(String) });
  const conversationId = first.data.conversation_id as string;

  const streamed = await client.createChatMessage({}, 'And again', 'sdk-user', true, conversationId);
  const events = await sdkEvents(streamed.data);
  expect(events.at(-1)).toMatchObject({ event: 'message_end', conversation_id: conversationId });
  expect(events.filter((event) => event.event === 'message').map((event) => event.answer).join('')).toBe('Echo: And again');

  const conversations = await client.getConversations('sdk-user');
  expect(conversations.data.data.map((c: { id: string }) => c.id)).toContain(conversationId);
  const history = await client.getConversationMessages('sdk-user', conversationId);
  expect(history.data.data.map((m: { query: string }) => m.query)).toEqual(['Hello from the SDK', 'And again']);

  // The SDK's typings say a number; its code (and Dify) send the rating as is.
  expect((await client.messageFeedback(first.data.message_id, 'like' as never, 'sdk-user')).data).toEqual({ result: 'success' });
  const renamed = await client.renameConversation(conversationId, 'Named by the SDK', 'sdk-user');
  expect(renamed.data.name).toBe('Named by the SDK');
  const parameters = await client.getApplicationParameters('sdk-user');
  expect(parameters.data).toMatchObject({ suggested_questions_after_answer: { enabled: true }, user_input_form: [] });

  const deleted = await client.deleteConversation(conversationId, 'sdk-user');
  expect(deleted.status).toBe(204);
  expect((await client.getConversations('sdk-user')).data.data.map((c: { id: string }) => c.id)).not.toContain(conversationId);
});

test('dify-client: completion blocking and streaming, and file upload', async () => {
  const client = new CompletionClient(completionKey, baseUrl);
  const blocking = await client.createCompletionMessage({ text: 'tides and moons' }, 'sdk-user');
  expect(blocking.data).toMatchObject({ event: 'message', mode: 'completion' });
  const streamed = await client.createCompletionMessage({ text: 'tides and moons' }, 'sdk-user', true);
  expect((await sdkEvents(streamed.data)).at(-1)).toMatchObject({ event: 'message_end' });

  const form = new FormData();
  form.append('file', new Blob(['notes for the app'], { type: 'text/plain' }), 'notes.txt');
  form.append('user', 'sdk-user');
  const uploaded = await client.fileUpload(form);
  expect(uploaded.status).toBe(201);
  expect(uploaded.data).toMatchObject({ name: 'notes.txt', extension: 'txt', mime_type: 'text/plain' });
});

test('the Vercel AI SDK’s Dify provider: generateText, then streamText in the same conversation', async () => {
  const dify = createDifyProvider({ baseURL: baseUrl });
  const blockingModel = dify(chatAppId, { responseMode: 'blocking', apiKey: chatKey });
  const generated = await generateText({ model: blockingModel, messages: [{ role: 'user', content: 'Hi provider' }], headers: { 'user-id': 'ai-sdk-user' } });
  expect(generated.text).toBe('Echo: Hi provider');
  const { conversationId } = (generated.providerMetadata?.difyWorkflowData ?? {}) as { conversationId?: string };
  expect(conversationId).toEqual(expect.any(String));

  const streamingModel = dify(chatAppId, { apiKey: chatKey });
  const streamed = streamText({
    model: streamingModel,
    messages: [{ role: 'user', content: 'Stream provider' }],
    headers: { 'user-id': 'ai-sdk-user', 'chat-id': conversationId! },
  });
  let text = '';
  for await (const delta of streamed.textStream) text += delta;
  expect(text).toBe('Echo: Stream provider');
});
