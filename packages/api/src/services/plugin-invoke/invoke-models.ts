import { type EmbeddingResult, type ModelType, type RerankResult, type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { resolveModelTarget } from '../model-providers/model-resolver';
import {
  PayloadError,
  selectedModel,
  type TInvokeModerationRequest,
  type TInvokeRerankRequest,
  type TInvokeSpeech2TextRequest,
  type TInvokeTextEmbeddingRequest,
} from './payloads';

type ModelSelectorInput = Parameters<typeof selectedModel>[0];

/** The workspace's configured model named by the payload, with its decrypted credentials. */
export function pluginTarget(deps: AppDeps, caller: UsageCaller, input: ModelSelectorInput, modelType: ModelType) {
  return resolveModelTarget(deps, caller.workspaceId, { ...selectedModel(input), modelType });
}

export async function invokeTextEmbedding(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeTextEmbeddingRequest,
): Promise<EmbeddingResult> {
  const target = await pluginTarget(deps, caller, input, 'text-embedding');
  return deps.models.embed({ target, texts: input.texts, inputType: input.input_type, caller });
}

export async function invokeRerank(deps: AppDeps, caller: UsageCaller, input: TInvokeRerankRequest): Promise<RerankResult> {
  const target = await pluginTarget(deps, caller, input, 'rerank');
  const documents = input.docs ?? input.documents;
  if (!documents) throw new PayloadError('docs is required');
  return deps.models.rerank({
    target,
    query: input.query,
    documents,
    topN: input.top_n ?? undefined,
    scoreThreshold: input.score_threshold ?? undefined,
    caller,
  });
}

/** The daemon sends audio as a hex string (Dify hexlifies bytes both ways). */
export function audioFromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) throw new PayloadError('file must be a hex string');
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export async function invokeSpeech2Text(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeSpeech2TextRequest,
): Promise<{ result: string }> {
  const hex = input.file ?? input.audio_file;
  if (!hex) throw new PayloadError('file is required');
  const target = await pluginTarget(deps, caller, input, 'speech2text');
  const { text } = await deps.models.transcribe({ target, audio: audioFromHex(hex), caller });
  return { result: text };
}

export async function invokeModeration(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeModerationRequest,
): Promise<{ result: boolean }> {
  const text = input.text ?? input.content;
  if (text === undefined) throw new PayloadError('text is required');
  const target = await pluginTarget(deps, caller, input, 'moderation');
  const { flagged } = await deps.models.moderate({ target, text, caller });
  return { result: flagged };
}
