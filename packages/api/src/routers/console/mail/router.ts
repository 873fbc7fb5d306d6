import { router } from '../../../trpc';
import { getOutboxProcedure } from './get-outbox';

export const mailRouter = router({
  outbox: getOutboxProcedure,
});
