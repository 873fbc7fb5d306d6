import { router } from '../../../trpc';
import { getProfileProcedure } from './get-profile';

export const accountRouter = router({
  profile: getProfileProcedure,
});
