import { z } from 'zod';
import { listWorkspaces } from '../../../services/workspaces/workspaces';
import { authedProcedure } from '../../../trpc';
import { listWorkspacesMeta, ZListWorkspacesResponse } from './list-workspaces.types';

export const listWorkspacesProcedure = authedProcedure
  .meta(listWorkspacesMeta)
  .input(z.void())
  .output(ZListWorkspacesResponse)
  .query(async ({ ctx }) => ({ workspaces: await listWorkspaces(ctx.deps, ctx.actor) }));
