import { searchWebAppAccessCandidates } from '../../../services/apps/web-app-access-candidates';
import { authedProcedure } from '../../../trpc';
import { searchAccessSubjectsMeta, ZSearchAccessSubjectsRequest, ZSearchAccessSubjectsResponse } from './search-access-subjects.types';

export const searchAccessSubjectsProcedure = authedProcedure
  .meta(searchAccessSubjectsMeta)
  .input(ZSearchAccessSubjectsRequest)
  .output(ZSearchAccessSubjectsResponse)
  .query(({ ctx, input }) => searchWebAppAccessCandidates(ctx.deps, ctx.actor, input));
