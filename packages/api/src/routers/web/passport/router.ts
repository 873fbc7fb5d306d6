import { router } from '../../../trpc';
import { getPassportProcedure } from './get-passport';
import { inspectPassportProcedure } from './inspect-passport';

export const passportRouter = router({
  get: getPassportProcedure,
  inspect: inspectPassportProcedure,
});
