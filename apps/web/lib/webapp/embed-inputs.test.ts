import { describe, expect, it } from 'vitest';
import { decodeEmbedValue, embedInputs, encodeEmbedValue } from './embed-inputs';
import { bubbleSnippet, iframeSnippet } from './embed-snippets';

describe('embed inputs', () => {
  it('round-trips gzip + Base64 values, as the embed script writes them', async () => {
    const encoded = await encodeEmbedValue('Ada Lovelace — 数学');
    expect(encoded).not.toContain('Ada');
    expect(await decodeEmbedValue(encoded)).toBe('Ada Lovelace — 数学');
  });

  it('keeps only the app’s variables and takes plain values as written', async () => {
    const search = new URLSearchParams({ name: await encodeEmbedValue('Ada'), city: 'Paris', 'sys.user_id': 'u1', other: 'x' });
    expect(await embedInputs(search, ['name', 'city', 'missing'])).toEqual({ name: 'Ada', city: 'Paris' });
  });
});

describe('embed snippets', () => {
  it('point at the chatbot page and the script with Dify’s config shape', () => {
    expect(iframeSnippet('https://t.example', 'Abc123')).toContain('src="https://t.example/chatbot/Abc123"');
    const bubble = bubbleSnippet('https://t.example', 'Abc123');
    expect(bubble).toContain("window.difyChatbotConfig = {\n  token: 'Abc123',\n  baseUrl: 'https://t.example'");
    expect(bubble).toContain('src="https://t.example/embed.min.js"');
  });
});
