import { z } from 'zod';
import { invokeSpeech2Text } from '../../../services/plugin-invoke/invoke-models';
import { ZInvokeSpeech2TextRequest } from '../../../services/plugin-invoke/payloads';
import { pluginInvokeProcedures } from './invoke-procedure';

export const invokeSpeech2TextProcedures = pluginInvokeProcedures({
  operation: 'speech2text',
  summary: 'Transcribe audio (hex-encoded bytes) with one of the workspace’s speech-to-text models',
  input: ZInvokeSpeech2TextRequest,
  data: z.object({ result: z.string() }),
  run: invokeSpeech2Text,
});
