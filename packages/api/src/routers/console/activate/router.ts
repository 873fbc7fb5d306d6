import { router } from '../../../trpc';
import { activateAccountProcedure } from './activate-account';
import { checkActivationProcedure } from './check-activation';

export const activateRouter = router({
  check: checkActivationProcedure,
  activate: activateAccountProcedure,
});
