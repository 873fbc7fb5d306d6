import { z } from 'zod';
import { uploadConfig } from '../../../services/files/upload-limits';
import { authedProcedure } from '../../../trpc';
import { getUploadConfigMeta, ZGetUploadConfigResponse } from './get-upload-config.types';

export const getUploadConfigProcedure = authedProcedure
  .meta(getUploadConfigMeta)
  .input(z.void())
  .output(ZGetUploadConfigResponse)
  .query(({ ctx }) => uploadConfig(ctx.deps.config.upload));
