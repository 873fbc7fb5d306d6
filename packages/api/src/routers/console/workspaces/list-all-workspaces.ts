import { listAllWorkspaces } from '../../../services/workspaces/workspaces';
import { adminKeyProcedure } from './admin-key-procedure';
import { listAllWorkspacesMeta, ZListAllWorkspacesRequest, ZListAllWorkspacesResponse } from './list-all-workspaces.types';

export const listAllWorkspacesProcedure = adminKeyProcedure
  .meta(listAllWorkspacesMeta)
  .input(ZListAllWorkspacesRequest)
  .output(ZListAllWorkspacesResponse)
  .query(({ ctx, input }) => listAllWorkspaces(ctx.deps, input));
