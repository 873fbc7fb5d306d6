import { z } from 'zod';
import { systemFeatures } from '../../../services/features/system-features';
import { publicProcedure } from '../../../trpc';
import { getSystemFeaturesMeta, ZSystemFeatures } from './get-system-features.types';

export const getSystemFeaturesProcedure = publicProcedure
  .meta(getSystemFeaturesMeta)
  .input(z.void())
  .output(ZSystemFeatures)
  .query(({ ctx }) => systemFeatures(ctx.deps.config));
