import { z } from 'zod';
import { route } from '../../meta';
import { ZInnerWorkspaceName } from './inner-tenant.types';

export const createOwnerlessWorkspaceMeta = route({
  method: 'POST',
  path: '/enterprise/workspace/ownerless',
  tags: ['Inner'],
  summary: 'Create a workspace with no owner',
});

export const ZCreateOwnerlessWorkspaceRequest = z.object({ name: ZInnerWorkspaceName });
