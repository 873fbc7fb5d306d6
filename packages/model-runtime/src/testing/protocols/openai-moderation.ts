import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asArray, asRecord, asString } from '../json-access';

const CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

/** Word stems that flag a text ("kills", "bombing" too), and the categories each one flags. */
const FLAGGED_WORDS: Record<string, string[]> = {
  kill: ['violence'],
  murder: ['violence'],
  bomb: ['violence', 'illicit/violent'],
  weapon: ['illicit/violent'],
  hate: ['hate'],
  suicide: ['self-harm'],
  terrorist: ['violence', 'hate/threatening'],
};

/** `POST …/moderations`: flags any input containing a word from a short list, in OpenAI's response shape. */
export function handleOpenAiModeration(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  sendJson(ctx.res, 200, {
    id: ctx.state.nextId('modr-'),
    model: asString(body.model) ?? 'omni-moderation-latest',
    results: moderationInputs(body.input).map(moderate),
  });
}

function moderate(text: string) {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const hits = new Set(
    Object.entries(FLAGGED_WORDS).flatMap(([stem, categories]) => (words.some((w) => w.startsWith(stem)) ? categories : [])),
  );
  const categories = Object.fromEntries(CATEGORIES.map((name) => [name, hits.has(name)]));
  const scores = Object.fromEntries(CATEGORIES.map((name) => [name, hits.has(name) ? 0.98 : 0.0001]));
  const applied = Object.fromEntries(CATEGORIES.map((name) => [name, ['text']]));
  return { flagged: hits.size > 0, categories, category_scores: scores, category_applied_input_types: applied };
}

function moderationInputs(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  return asArray(input).map((item) => (typeof item === 'string' ? item : (asString(asRecord(item).text) ?? '')));
}
