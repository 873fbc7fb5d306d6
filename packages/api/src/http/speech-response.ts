import { type SpeechResult } from '@tessera/model-runtime';
import { extensionForMimeType } from '../services/files/mime-types';
import { serveFile } from './serve-file';

/** The AI SDK labels MP3 `audio/mp3`; the registered name, and what Dify sends, is `audio/mpeg`. */
function registeredAudioType(mediaType: string): string {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  return type === 'audio/mp3' || type === 'audio/mpga' ? 'audio/mpeg' : type || 'audio/mpeg';
}

/**
 * A text-to-audio answer: the model's audio through `serveFile` (its type, `nosniff`, the sandbox
 * policy, never cached), or JSON `null` for a message that could not be read, as Dify answers.
 */
export function speechResponse(req: Request, speech: SpeechResult | null): Promise<Response> | Response {
  if (!speech) return Response.json(null);
  const mimeType = registeredAudioType(speech.mediaType);
  return serveFile(req, {
    content: speech.audio,
    mimeType,
    fileName: `speech.${extensionForMimeType(mimeType) || 'mp3'}`,
    disposition: 'inline',
    cacheControl: 'no-store',
  });
}
