import { describe, expect, it } from 'vitest';
import { fakeTarget } from '../testing/fake-models';
import { fitHistory, historyText, type HistoryTurn } from './history';
import { configuredMaxTokens, DEFAULT_REST_TOKENS, restTokens } from './rest-tokens';
import { countMessageTokens, countTextTokens } from './token-count';

const turns: HistoryTurn[] = Array.from({ length: 6 }, (_, index) => ({
  query: `question number ${index} about the weather in a city far away`,
  answer: `answer number ${index}: it is sunny and warm there today`,
}));

describe('token counting', () => {
  it('counts with a real BPE tokenizer, not characters or words', () => {
    expect(countTextTokens('hello world')).toBe(2);
    expect(countTextTokens('Tokenization')).toBeLessThan('Tokenization'.length);
    expect(countMessageTokens([{ role: 'user', content: 'hello world' }])).toBe(3 + 1 + 2 + 3);
  });
});

describe('fitHistory', () => {
  it('keeps every turn when they fit, as user/assistant pairs, oldest first', () => {
    const messages = fitHistory(turns, { maxTokens: 10_000 });
    expect(messages).toHaveLength(12);
    expect(messages[0]).toEqual({ role: 'user', content: turns[0]!.query });
    expect(messages[11]).toEqual({ role: 'assistant', content: turns[5]!.answer });
  });

  it('drops the oldest messages one by one until the rest fits', () => {
    const all = fitHistory(turns, { maxTokens: 10_000 });
    const budget = countMessageTokens(all.slice(-5));
    const fitted = fitHistory(turns, { maxTokens: budget });
    expect(fitted).toEqual(all.slice(-5));
    expect(fitted[0]!.role).toBe('assistant');
    expect(countMessageTokens(fitted)).toBeLessThanOrEqual(budget);
  });

  it('keeps one message even when nothing fits, as Dify does', () => {
    expect(fitHistory(turns, { maxTokens: 0 })).toEqual([{ role: 'assistant', content: turns[5]!.answer }]);
  });

  it('applies the message window before the token budget and skips unanswered turns', () => {
    const withGap = [...turns.slice(0, 5), { query: 'stopped early', answer: '' }];
    expect(fitHistory(withGap, { maxTokens: 10_000, messageLimit: 2 }).map((m) => m.content)).toEqual([
      turns[3]!.query,
      turns[3]!.answer,
      turns[4]!.query,
      turns[4]!.answer,
    ]);
  });

  it('writes history out with role prefixes, images as [image]', () => {
    const text = historyText([
      { role: 'user', content: [{ type: 'text', data: 'see this' }, { type: 'image', url: 'http://x/a.png' }] },
      { role: 'assistant', content: 'a cat' },
    ]);
    expect(text).toBe('Human: see this\n[image]\nAssistant: a cat');
  });
});

describe('restTokens', () => {
  it("is the context size less the answer's max_tokens and the prompt", () => {
    const target = fakeTarget({
      model_properties: { context_size: 1000 },
      parameter_rules: [{ name: 'max_tokens', use_template: 'max_tokens', label: { en_US: 'M' }, type: 'int', required: false }],
    });
    const prompt = [{ role: 'system' as const, content: 'You are helpful.' }];
    expect(configuredMaxTokens(target, { max_tokens: 300 })).toBe(300);
    expect(restTokens(target, { max_tokens: 300 }, prompt)).toBe(1000 - 300 - countMessageTokens(prompt));
    expect(restTokens(target, { max_tokens: 2000 }, prompt)).toBe(0);
  });

  it("falls back to Dify's 2000 when the model has no context size", () => {
    expect(restTokens(fakeTarget({ model_properties: {} }), {}, [])).toBe(DEFAULT_REST_TOKENS);
  });
});
