import { describe, expect, it } from 'vitest';
import { normalizeModelConfig } from '../config/normalize-model-config';
import { scriptedRun } from '../run/run-test-helpers';
import { fakeTarget, scriptedModels } from '../testing/fake-models';
import { CONVERSATION_TITLE_PROMPT, fallbackConversationName, generateConversationName } from './conversation-name';
import { generateMoreLikeThis, moreLikeThisConfig } from './more-like-this';
import { generateSuggestedQuestions, parseSuggestedQuestions, SUGGESTED_QUESTIONS_INSTRUCTION } from './suggested-questions';

const caller = { workspaceId: 'ws', type: 'app' as const };

describe('generateConversationName', () => {
  it("sends Dify's title prompt with the query on one line and reads 'Your Output'", async () => {
    const fake = scriptedModels([{ text: '```json\n{"Language Type": "English", "Your Reasoning": "…", "Your Output": "Weather in Paris ☀️"}\n```' }]);
    const name = await generateConversationName({ models: fake.models, target: fakeTarget(), caller }, 'what is the\nweather in Paris');
    expect(name).toBe('Weather in Paris ☀️');
    expect(fake.requests[0]!.messages).toEqual([{ role: 'user', content: `${CONVERSATION_TITLE_PROMPT}what is the weather in Paris\n` }]);
    expect(fake.requests[0]!.parameters).toEqual({ max_tokens: 500, temperature: 1 });
  });

  it('names the conversation after the query when the reply is not the JSON asked for, or the call fails', async () => {
    const prose = scriptedModels([{ text: 'Sure! Here is a title.' }]);
    expect(await generateConversationName({ models: prose.models, target: fakeTarget(), caller }, 'plan my trip')).toBe('plan my trip');
    const failing = scriptedModels([]);
    const long = 'x'.repeat(60);
    expect(await generateConversationName({ models: failing.models, target: fakeTarget(), caller }, long)).toBe(fallbackConversationName(long));
    expect(fallbackConversationName(long)).toBe(`${'x'.repeat(47)}...`);
  });
});

describe('suggested questions', () => {
  it.each([
    ['["A?","B?","C?"]', ['A?', 'B?', 'C?']],
    ['Here you go:\n```json\n["How long?", "Why?"]\n```', ['How long?', 'Why?']],
    ['["one", 2, "", "three", "four"]', ['one', 'three', 'four']],
    ['["a","b","c","d"]', ['a', 'b', 'c']],
    ['no questions today', []],
    ['[broken', []],
  ])('reads %j', (text, questions) => {
    expect(parseSuggestedQuestions(text)).toEqual(questions);
  });

  it("asks with Dify's prompt over the conversation so far", async () => {
    const fake = scriptedModels([{ text: '["Next?"]' }]);
    const questions = await generateSuggestedQuestions({ models: fake.models, target: fakeTarget(), caller }, [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
    ]);
    expect(questions).toEqual(['Next?']);
    expect(fake.requests[0]!.messages[0]!.content).toBe(`Human: hi\nAssistant: hello\n${SUGGESTED_QUESTIONS_INSTRUCTION}\nquestions:\n`);
    expect(fake.requests[0]!.parameters).toEqual({ max_tokens: 256, temperature: 0 });
  });
});

describe('more like this', () => {
  it('re-runs the completion with the temperature raised to 0.9', async () => {
    const run = scriptedRun([{ text: 'another take' }], {
      mode: 'completion',
      config: { model: { provider: 'openai', name: 'fake-model', mode: 'chat', completion_params: { temperature: 0.1, top_p: 0.5 } } },
    });
    const outcome = await generateMoreLikeThis(run.input, run.deps, run.emit);
    expect(outcome.answer).toBe('another take');
    expect(run.fake.requests[0]!.parameters).toEqual({ temperature: 0.9, top_p: 0.5 });
    const config = normalizeModelConfig({ model: { provider: 'p', name: 'm', completion_params: { temperature: 0.1 } } });
    expect(moreLikeThisConfig(config).model.completion_params.temperature).toBe(0.9);
    expect(config.model.completion_params.temperature).toBe(0.1);
  });
});
