import { z } from 'zod';
import { currentTenantInfo } from '../../../services/workspaces/tenant-info';
import { authedProcedure } from '../../../trpc';
import { getCurrentWorkspaceMeta, getInfoMeta, readCurrentWorkspaceMeta, ZGetCurrentWorkspaceRequest } from './get-current-workspace.types';
import { ZTenantInfo } from './tenant-info.types';

// The three routes answer the same; tRPC needs a procedure for each method and path.
export const getCurrentWorkspaceProcedure = authedProcedure
  .meta(getCurrentWorkspaceMeta)
  .input(ZGetCurrentWorkspaceRequest)
  .output(ZTenantInfo)
  .mutation(({ ctx }) => currentTenantInfo(ctx.deps, ctx.actor));

export const readCurrentWorkspaceProcedure = authedProcedure
  .meta(readCurrentWorkspaceMeta)
  .input(z.void())
  .output(ZTenantInfo)
  .query(({ ctx }) => currentTenantInfo(ctx.deps, ctx.actor));

export const getInfoProcedure = authedProcedure
  .meta(getInfoMeta)
  .input(ZGetCurrentWorkspaceRequest)
  .output(ZTenantInfo)
  .mutation(({ ctx }) => currentTenantInfo(ctx.deps, ctx.actor));
