import { z } from 'zod';
import { getAccountProfile } from '../../../services/accounts/profile';
import { authedProcedure } from '../../../trpc';
import { getProfileMeta, ZGetProfileResponse } from './get-profile.types';

export const getProfileProcedure = authedProcedure
  .meta(getProfileMeta)
  .input(z.void())
  .output(ZGetProfileResponse)
  .query(({ ctx }) => getAccountProfile(ctx.deps, ctx.actor));
