import { z } from 'zod';
import { invokeEncrypt } from '../../../services/plugin-invoke/invoke-encrypt';
import { ZInvokeEncryptRequest } from '../../../services/plugin-invoke/payloads';
import { pluginInvokeProcedures } from './invoke-procedure';

export const invokeEncryptProcedures = pluginInvokeProcedures({
  operation: 'encrypt',
  summary: 'Encrypt or decrypt the secret fields of a plugin’s settings with the workspace’s key',
  input: ZInvokeEncryptRequest,
  data: z.object({ data: z.record(z.string(), z.unknown()) }),
  run: invokeEncrypt,
});
