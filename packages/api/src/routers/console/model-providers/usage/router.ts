import { router } from '../../../../trpc';
import { listUsageProcedure } from './list-usage';

export const modelUsageRouter = router({ list: listUsageProcedure });
