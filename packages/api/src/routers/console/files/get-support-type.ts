import { DOCUMENT_EXTENSIONS } from '@tessera/extract';
import { z } from 'zod';
import { authedProcedure } from '../../../trpc';
import { getSupportTypeMeta, ZGetSupportTypeResponse } from './get-support-type.types';

export const getSupportTypeProcedure = authedProcedure
  .meta(getSupportTypeMeta)
  .input(z.void())
  .output(ZGetSupportTypeResponse)
  .query(() => ({
    allowed_extensions: [...DOCUMENT_EXTENSIONS, ...DOCUMENT_EXTENSIONS.map((extension) => extension.toUpperCase())],
  }));
