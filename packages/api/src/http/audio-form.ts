import { z } from 'zod';
import { findAppError } from '../errors';
import { audioErrors } from '../services/audio/audio-errors';
import { ACCEPTED_AUDIO_TYPES, AUDIO_SIZE_LIMIT_BYTES, AUDIO_SIZE_LIMIT_MB } from '../services/audio/audio-types';
import { type AudioInput } from '../services/audio/speech-to-text';
import { type PlainRoute } from './surface';
import { readUploadForm } from './upload-form';

export interface AudioForm {
  fields: Record<string, string>;
  /** The first file part under one of the accepted field names. */
  audio?: AudioInput;
}

/**
 * The multipart form of a speech-to-text request, read with the 30 MB audio cap so an oversized
 * body is Dify's 413 `audio_too_large` rather than a generic upload error. `fileFields` lists the
 * part names accepted for the audio, in order of preference.
 */
export async function readAudioForm(req: Request, fileFields: readonly string[] = ['file']): Promise<AudioForm> {
  let form;
  try {
    form = await readUploadForm(req, AUDIO_SIZE_LIMIT_BYTES);
  } catch (error) {
    if (findAppError(error)?.appCode === 'file_too_large') throw audioErrors.tooLarge(AUDIO_SIZE_LIMIT_MB);
    throw error;
  }
  for (const field of fileFields) {
    const part = form.files.find((file) => file.field === field);
    if (part) return { fields: form.fields, audio: { data: part.data, contentType: part.contentType } };
  }
  return { fields: form.fields };
}

/**
 * Speech-to-text routes read their form themselves (after the feature check), so their OpenAPI
 * operation gets the multipart body here rather than from `definePlainRoute`'s body spec.
 */
export function documentAudioForm(route: PlainRoute, fields: z.ZodObject, fileField = 'file'): PlainRoute {
  const schema = fields.extend({ [fileField]: z.string().meta({ format: 'binary', description: `The audio (${ACCEPTED_AUDIO_TYPES.join(', ')}), at most ${AUDIO_SIZE_LIMIT_MB} MB` }) });
  route.openapi.requestBody = { required: true, content: { 'multipart/form-data': { schema } } };
  return route;
}
