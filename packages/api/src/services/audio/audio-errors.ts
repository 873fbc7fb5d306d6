import { AppError } from '../../errors';

/** Dify's audio errors, with its codes and wording. */
export const audioErrors = {
  speechToTextOff: () => new AppError('invalid_param', 'Speech to text is not enabled', 400),
  textToSpeechOff: () => new AppError('invalid_param', 'TTS is not enabled', 400),
  noAudio: () => new AppError('no_audio_uploaded', 'Please upload your audio.', 400),
  unsupportedType: () => new AppError('unsupported_audio_type', 'Audio type not allowed.', 415),
  tooLarge: (limitMb: number) => new AppError('audio_too_large', `Audio size larger than ${limitMb} mb`, 413),
  textRequired: () => new AppError('invalid_param', 'Text is required', 400),
  noVoice: () => new AppError('invalid_param', 'Sorry, no voice available.', 400),
};
