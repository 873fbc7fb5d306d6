import { errors } from '../../errors';

/** Dify's audio errors, with its codes and wording. */
export const audioErrors = {
  speechToTextOff: () => errors.invalidParam('Speech to text is not enabled'),
  textToSpeechOff: () => errors.invalidParam('TTS is not enabled'),
  noAudio: () => errors.badRequest('no_audio_uploaded', 'Please upload your audio.'),
  unsupportedType: () => errors.unsupportedMediaType('unsupported_audio_type', 'Audio type not allowed.'),
  tooLarge: (limitMb: number) => errors.payloadTooLarge('audio_too_large', `Audio size larger than ${limitMb} mb`),
  textRequired: () => errors.invalidParam('Text is required'),
  noVoice: () => errors.invalidParam('Sorry, no voice available.'),
};
