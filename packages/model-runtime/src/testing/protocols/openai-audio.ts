import type { HandlerContext } from '../handler-context';
import { sendVendorError } from '../handler-context';
import { sendBinary, sendJson } from '../http-io';
import { asRecord, asString } from '../json-access';
import { multipartField, parseMultipart } from '../multipart';
import { decodeSpokenText, encodeSpokenText } from '../wav-codec';

const AUDIO_CONTENT_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  opus: 'audio/opus',
  aac: 'audio/aac',
  flac: 'audio/flac',
  wav: 'audio/wav',
  pcm: 'audio/pcm',
};

const SEGMENT_DEFAULTS = {
  id: 0,
  seek: 0,
  start: 0,
  end: 0.1,
  tokens: [],
  temperature: 0,
  avg_logprob: 0,
  compression_ratio: 1,
  no_speech_prob: 0,
};

/** `POST …/audio/speech`: the bytes are always the WAV of `encodeSpokenText`, labelled as the format asked for. */
export function handleOpenAiSpeech(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  const input = asString(body.input);
  if (input === undefined) {
    sendVendorError(ctx, 400, 'bad_request', "'input' is a required property");
    return;
  }
  const format = asString(body.response_format) ?? 'mp3';
  sendBinary(ctx.res, AUDIO_CONTENT_TYPES[format] ?? 'audio/mpeg', encodeSpokenText(input));
}

/** `POST …/audio/transcriptions` (multipart): hears back the text `encodeSpokenText` hid in the file. */
export function handleOpenAiTranscription(ctx: HandlerContext): void {
  const parts = Buffer.isBuffer(ctx.body) ? parseMultipart(ctx.body, ctx.req.headers['content-type'] ?? '') : [];
  const file = parts.find((part) => part.name === 'file');
  if (!file) {
    sendVendorError(ctx, 400, 'bad_request', "Could not parse multipart form: missing 'file'.");
    return;
  }
  const text = decodeSpokenText(file.data) ?? `audio of ${file.data.length} bytes`;
  const format = multipartField(parts, 'response_format') ?? 'json';
  if (format === 'text' || format === 'srt' || format === 'vtt') {
    sendJson(ctx.res, 200, text);
    return;
  }
  const verbose = format === 'verbose_json';
  sendJson(ctx.res, 200, {
    text,
    ...(verbose && {
      task: 'transcribe',
      language: 'english',
      duration: 0.1,
      segments: [{ ...SEGMENT_DEFAULTS, text }],
    }),
    usage: { type: 'duration', seconds: 1 },
  });
}
