import { listWebAppAccessSubjects } from '../../../services/apps/web-app-access';
import { authedProcedure } from '../../../trpc';
import { listAccessSubjectsMeta, ZListAccessSubjectsRequest, ZListAccessSubjectsResponse } from './list-access-subjects.types';

export const listAccessSubjectsProcedure = authedProcedure
  .meta(listAccessSubjectsMeta)
  .input(ZListAccessSubjectsRequest)
  .output(ZListAccessSubjectsResponse)
  .query(({ ctx, input }) => listWebAppAccessSubjects(ctx.deps, ctx.actor, input.appId));
