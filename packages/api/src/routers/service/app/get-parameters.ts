import { z } from 'zod';
import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { callerAppParameters } from '../../../services/app-config/app-parameters';
import { getParametersMeta, ZGetParametersResponse } from './get-parameters.types';

export const getParametersProcedure = appKeyWithoutUserProcedure
  .meta(getParametersMeta)
  .input(z.void())
  .output(ZGetParametersResponse)
  .query(({ ctx }) => callerAppParameters(ctx.deps, ctx.app));
