import { z } from 'zod';
import { zId } from '../../../../validation';

function decodePathSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A provider's canonical name or alias; unknown ones are refused by the service with Dify's message.
 * Aliases such as `langgenius/openai/openai` travel percent-encoded in paths and the adapter leaves them so.
 */
export const zProvider = z.string().min(1).max(255).transform(decodePathSegment);
/** Public (`llm`) or Dify-internal (`text-generation`) model type names; the service normalises them. */
export const zModelType = z.string().min(1).max(40);
export const zModelName = z.string().min(1).max(255);
/** A model name in a URL path, where names such as `org/model` arrive percent-encoded. */
export const zPathModelName = zModelName.transform(decodePathSegment);
export const zCredentials = z.record(z.string(), z.unknown());
export const zCredentialName = z.string().max(30).nullish();

export const ZModelAddress = z.object({ provider: zProvider, model: zModelName, model_type: zModelType });
export const ZProviderCredentialRef = z.object({ provider: zProvider, credential_id: zId });
export const ZModelCredentialRef = ZModelAddress.extend({ credential_id: zId });

export const ZValidateResult = z.object({ result: z.enum(['success', 'error']), error: z.string().optional() });
