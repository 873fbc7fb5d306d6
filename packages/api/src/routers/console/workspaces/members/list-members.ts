import { z } from 'zod';
import { listMembers } from '../../../../services/workspaces/members';
import { authedProcedure } from '../../../../trpc';
import { listMembersMeta } from './list-members.types';
import { ZMemberList } from './member.types';

export const listMembersProcedure = authedProcedure
  .meta(listMembersMeta)
  .input(z.void())
  .output(ZMemberList)
  .query(async ({ ctx }) => ({ accounts: await listMembers(ctx.deps, ctx.actor) }));
