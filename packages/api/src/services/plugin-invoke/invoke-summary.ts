import { type ModelTarget, type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { resolveDefaultModelTarget } from '../model-providers/model-resolver';
import { PayloadError, type TInvokeSummaryRequest } from './payloads';

/** Text that already fits comfortably in the model's window comes back as it is, like Dify's. */
const FITS_SHARE = 0.6;
const MAX_ROUNDS = 3;
const DEFAULT_CONTEXT_TOKENS = 4096;

const SYSTEM_PROMPT = `You summarise text for another program. The text may be only one part of a longer document.
Keep its meaning, its key facts and its language; leave out repetition and filler. Answer with the summary only.`;

/** A rough token count (about four characters a token) that needs no tokenizer per model. */
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

function splitIntoPieces(text: string, pieceTokens: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let start = 0; start < Math.max(line.length, 1); start += pieceTokens * 4) {
      const part = line.slice(start, start + pieceTokens * 4);
      if (current && estimateTokens(current) + estimateTokens(part) > pieceTokens) {
        pieces.push(current);
        current = '';
      }
      current = current ? `${current}\n${part}` : part;
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces;
}

async function summarisePiece(deps: AppDeps, caller: UsageCaller, target: ModelTarget, piece: string, instruction: string) {
  const system = instruction ? `${SYSTEM_PROMPT}\nFollow this extra instruction too:\n${instruction}` : SYSTEM_PROMPT;
  const result = await deps.models.invokeLlm({
    target,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: piece },
    ],
    caller,
  });
  return result.message.content.trim();
}

/** Shortens a text with the workspace's default LLM, piece by piece when it is longer than the window. */
export async function invokeSummary(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeSummaryRequest,
): Promise<{ summary: string }> {
  let text = input.text ?? input.content;
  if (text === undefined) throw new PayloadError('text is required');
  const instruction = input.instruction || input.summary_config?.instruction || '';
  const target = await resolveDefaultModelTarget(deps, caller.workspaceId, 'llm');
  const budget = Math.floor((target.definition.model_properties.context_size ?? DEFAULT_CONTEXT_TOKENS) * FITS_SHARE);
  for (let round = 0; round < MAX_ROUNDS && estimateTokens(text) >= budget; round += 1) {
    const summaries: string[] = [];
    for (const piece of splitIntoPieces(text, budget)) summaries.push(await summarisePiece(deps, caller, target, piece, instruction));
    text = summaries.join('\n');
  }
  return { summary: text };
}
