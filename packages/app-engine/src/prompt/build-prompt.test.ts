import { describe, expect, it } from 'vitest';
import { normalizeModelConfig } from '../config/normalize-model-config';
import type { TModelConfigInput } from '../config/model-config';
import { fakeTarget } from '../testing/fake-models';
import { buildPrompt } from './build-prompt';
import type { PromptBuildInput } from './prompt-input';

const CONTEXT_BLOCK =
  'Use the following context as your learned knowledge, inside <context></context> XML tags.\n\n<context>\nTessera is a platform.\n</context>\n\n' +
  "When answer to user:\n- If you don't know, just say that you don't know.\n- If you don't know when you are not sure, ask for clarification.\n" +
  "Avoid mentioning that you obtained the information from the context.\nAnd answer according to the language of the user's question.\n\n";

function input(mode: 'chat' | 'completion', config: Partial<TModelConfigInput>, overrides: Partial<PromptBuildInput> = {}): PromptBuildInput {
  return {
    appMode: 'chat',
    config: normalizeModelConfig({ model: { provider: 'openai', name: 'm', mode, completion_params: {} }, ...config }),
    target: fakeTarget(),
    params: {},
    inputs: { name: 'Ada' },
    query: 'What is Tessera?',
    files: [],
    history: [],
    ...overrides,
  };
}

describe('buildPrompt, simple mode', () => {
  it('chat model: context block and pre-prompt as the system message, history, then the query', () => {
    const prompt = buildPrompt(
      input('chat', { pre_prompt: 'You help {{name}}.' }, {
        context: 'Tessera is a platform.',
        history: [{ query: 'hi', answer: 'hello' }, { query: 'unanswered', answer: '' }],
      }),
    );
    expect(prompt.messages).toEqual([
      { role: 'system', content: `${CONTEXT_BLOCK}You help Ada.\n` },
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
      { role: 'user', content: 'What is Tessera?' },
    ]);
    expect(prompt.stop).toBeUndefined();
  });

  it('chat model without a query (completion app): the rendered prompt is the user message', () => {
    const prompt = buildPrompt(input('chat', { pre_prompt: 'Translate {{text}}' }, { appMode: 'completion', query: '', inputs: { text: 'hola' }, history: undefined }));
    expect(prompt.messages).toEqual([{ role: 'user', content: 'Translate hola\n' }]);
  });

  it('completion model in a chat app: Dify’s Human/Assistant text with the history block and its stop words', () => {
    const prompt = buildPrompt(input('completion', { pre_prompt: 'Be brief.' }, { history: [{ query: 'hi', answer: 'hello' }] }));
    expect(prompt.messages).toEqual([
      {
        role: 'user',
        content:
          'Be brief.\nHere is the chat histories between human and assistant, inside <histories></histories> XML tags.\n\n' +
          '<histories>\nHuman: hi\nAssistant: hello\n</histories>\n\n\n\nHuman: What is Tessera?\n\nAssistant: ',
      },
    ]);
    expect(prompt.stop).toEqual(['\nHuman:', '</histories>']);
  });

  it('completion model in a completion app: pre-prompt then the query, no stop words', () => {
    const prompt = buildPrompt(input('completion', { pre_prompt: 'Summarise {{name}}:' }, { appMode: 'completion', query: 'text', history: undefined }));
    expect(prompt.messages).toEqual([{ role: 'user', content: 'Summarise Ada:\ntext' }]);
    expect(prompt.stop).toBeUndefined();
  });

  it('renders missing variables empty and never expands {{…}} typed by the user', () => {
    const prompt = buildPrompt(
      input('chat', { pre_prompt: 'Hello {{name}}, {{missing}}! {{#context#}}' }, { inputs: { name: '{{missing}} {{#query#}}' } }),
    );
    expect(prompt.messages[0]).toEqual({ role: 'system', content: 'Hello {{missing}} {{#query#}}, ! \n' });
  });

  it('puts files after the query text for models that can read them, and leaves them out for others', () => {
    const image = { type: 'image' as const, url: 'http://files/cat.png', detail: 'low' as const };
    const prompt = buildPrompt(input('chat', {}, { files: [image] }));
    expect(prompt.messages.at(-1)).toEqual({ role: 'user', content: [{ type: 'text', data: 'What is Tessera?' }, image] });
  });
});

describe('buildPrompt, expert mode', () => {
  const chatPrompt = {
    prompt: [
      { role: 'system' as const, text: 'You serve {{name}}. {{#context#}}' },
      { role: 'system' as const, text: '{{missing}}' },
      { role: 'assistant' as const, text: 'Ready.' },
    ],
  };

  it('chat model: role messages (empty system ones dropped), history, then the query', () => {
    const prompt = buildPrompt(
      input('chat', { prompt_type: 'advanced', chat_prompt_config: chatPrompt }, { context: 'ctx', history: [{ query: 'q1', answer: 'a1' }] }),
    );
    expect(prompt.messages).toEqual([
      { role: 'system', content: 'You serve Ada. ctx' },
      { role: 'assistant', content: 'Ready.' },
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'What is Tessera?' },
    ]);
  });

  it('chat model in a completion app without a query: files join the last user message, files first', () => {
    const image = { type: 'image' as const, url: 'http://files/a.png' };
    const prompt = buildPrompt(
      input(
        'chat',
        { prompt_type: 'advanced', chat_prompt_config: { prompt: [{ role: 'user', text: 'Describe for {{name}}' }] } },
        { appMode: 'completion', query: '', history: undefined, files: [image] },
      ),
    );
    expect(prompt.messages).toEqual([{ role: 'user', content: [image, { type: 'text', data: 'Describe for Ada' }] }]);
  });

  it('completion model: histories written with the configured prefixes, and the query slot filled', () => {
    const prompt = buildPrompt(
      input('completion', {
        prompt_type: 'advanced',
        completion_prompt_config: {
          prompt: { text: '{{name}} asks.\n{{#histories#}}\nQ: {{#query#}}\nA:' },
          conversation_histories_role: { user_prefix: 'U', assistant_prefix: 'B' },
        },
      }, { history: [{ query: 'q1', answer: 'a1' }] }),
    );
    expect(prompt.messages).toEqual([{ role: 'user', content: 'Ada asks.\nU: q1\nB: a1\nQ: What is Tessera?\nA:' }]);
  });
});
