import { router } from '../../../trpc';
import { createSetupProcedure } from './create-setup';
import { getSetupStatusProcedure } from './get-setup-status';

export const setupRouter = router({
  status: getSetupStatusProcedure,
  create: createSetupProcedure,
});
