import { router } from '../../../../trpc';
import { getDefaultModelProcedure } from './get-default-model';
import { setDefaultModelProcedure } from './set-default-model';

export const defaultModelRouter = router({ get: getDefaultModelProcedure, set: setDefaultModelProcedure });
