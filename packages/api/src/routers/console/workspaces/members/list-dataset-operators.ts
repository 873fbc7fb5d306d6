import { z } from 'zod';
import { listMembers } from '../../../../services/workspaces/members';
import { authedProcedure } from '../../../../trpc';
import { listDatasetOperatorsMeta } from './list-dataset-operators.types';
import { ZMemberList } from './member.types';

export const listDatasetOperatorsProcedure = authedProcedure
  .meta(listDatasetOperatorsMeta)
  .input(z.void())
  .output(ZMemberList)
  .query(async ({ ctx }) => ({ accounts: await listMembers(ctx.deps, ctx.actor, { role: 'dataset_operator' }) }));
