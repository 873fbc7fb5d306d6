import { describe, expect, it } from 'vitest';
import { toModelMessages } from './prompt-messages';

describe('toModelMessages', () => {
  it('maps roles, media parts and tool traffic', () => {
    const messages = toModelMessages([
      { role: 'system', content: 'Be brief.' },
      {
        role: 'user',
        content: [
          { type: 'text', data: 'What is this?' },
          { type: 'image', base64_data: 'iVBORw0KGgo=', mime_type: 'image/png', detail: 'low' },
          { type: 'image', url: 'https://example.test/cat.jpg', format: 'jpeg' },
          { type: 'document', base64_data: 'data:application/pdf;base64,JVBERi0=', filename: 'a.pdf' },
        ],
      },
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
    ]);

    expect(messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(messages[1]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image', image: 'iVBORw0KGgo=', mediaType: 'image/png', providerOptions: { openai: { imageDetail: 'low' } } },
        { type: 'image', image: new URL('https://example.test/cat.jpg'), mediaType: 'image/jpeg' },
        { type: 'file', data: 'JVBERi0=', mediaType: 'application/pdf', filename: 'a.pdf' },
      ],
    });
    expect(messages[2]).toEqual({
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'weather', input: { city: 'Oslo' } }],
    });
    expect(messages[3]).toEqual({
      role: 'tool',
      content: [{ type: 'tool-result', toolCallId: 'call_1', toolName: 'weather', output: { type: 'text', value: 'sunny' } }],
    });
  });

  it('keeps plain assistant text as a string and tolerates null content', () => {
    expect(toModelMessages([{ role: 'assistant', content: 'Hi' }, { role: 'user', content: null }])).toEqual([
      { role: 'assistant', content: 'Hi' },
      { role: 'user', content: '' },
    ]);
  });
});
