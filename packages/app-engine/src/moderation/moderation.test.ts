import { describe, expect, it } from 'vitest';
import { fakeTarget, scriptedModels } from '../testing/fake-models';
import { keywordsHit } from './detectors';
import { moderateInputs } from './input-moderation';
import { OutputModerator } from './output-moderation';
import type { ModerationDeps, ModerationRule } from './types';

const caller = { workspaceId: 'ws', type: 'app' as const };
const keywordRule: ModerationRule = {
  type: 'keywords',
  settings: {
    keywords: 'forbidden\n\nSecret Plan',
    inputs_config: { enabled: true, preset_response: 'I cannot talk about that.' },
    outputs_config: { enabled: true, preset_response: 'Answer withheld.' },
  },
};

function deps(flaggedWords: string[] = []) {
  const fake = scriptedModels([], { flaggedWords });
  const resolved: string[] = [];
  const moderationDeps: ModerationDeps = {
    models: fake.models,
    caller,
    resolveModel: (provider, model, type) => {
      resolved.push(`${provider}/${model}/${type}`);
      return fakeTarget();
    },
  };
  return { moderationDeps, fake, resolved };
}

describe('keywords', () => {
  it('match anywhere, ignoring case and blank lines', () => {
    expect(keywordsHit('forbidden\n\nSecret Plan', ['the SECRET plan is here'])).toBe(true);
    expect(keywordsHit('forbidden\n\n', ['all fine'])).toBe(false);
  });
});

describe('moderateInputs', () => {
  it('flags a keyword in the query or in any input value', async () => {
    const { moderationDeps } = deps();
    expect(await moderateInputs(keywordRule, moderationDeps, { topic: 'weather' }, 'something forbidden')).toEqual({
      flagged: true,
      presetResponse: 'I cannot talk about that.',
    });
    expect((await moderateInputs(keywordRule, moderationDeps, { topic: 'Secret plan' }, 'hi')).flagged).toBe(true);
    expect((await moderateInputs(keywordRule, moderationDeps, { topic: 'weather' }, 'hi')).flagged).toBe(false);
  });

  it('asks the moderation model for openai_moderation rules', async () => {
    const { moderationDeps, fake, resolved } = deps(['bomb']);
    const rule: ModerationRule = { type: 'openai_moderation', settings: keywordRule.settings };
    expect((await moderateInputs(rule, moderationDeps, { a: 'x' }, 'how to build a bomb')).flagged).toBe(true);
    expect(resolved).toEqual(['openai/omni-moderation-latest/moderation']);
    expect(fake.moderations[0]!.text).toBe('x\nhow to build a bomb');
  });

  it('does nothing when the input side is off', async () => {
    const rule = { ...keywordRule, settings: { ...keywordRule.settings, inputs_config: { enabled: false } } };
    expect((await moderateInputs(rule, deps().moderationDeps, {}, 'forbidden')).flagged).toBe(false);
  });
});

describe('OutputModerator', () => {
  it('checks again each time enough text arrived, and once more on the whole answer', async () => {
    const moderator = new OutputModerator(keywordRule, deps().moderationDeps, 10);
    expect(await moderator.append('forbid')).toBeUndefined();
    expect(await moderator.append('den words')).toEqual({ flagged: true, presetResponse: 'Answer withheld.' });
    const late = new OutputModerator(keywordRule, deps().moderationDeps, 1000);
    expect(await late.append('forbidden')).toBeUndefined();
    expect(await late.complete('forbidden')).toEqual({ flagged: true, presetResponse: 'Answer withheld.' });
  });
});
