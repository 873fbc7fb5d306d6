import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';
import { ZInnerWorkspaceName } from './inner-tenant.types';

export const createEnterpriseWorkspaceMeta = route({
  method: 'POST',
  path: '/enterprise/workspace',
  tags: ['Inner'],
  summary: 'Create a workspace owned by an existing account (404 account_not_found otherwise)',
});

export const ZCreateEnterpriseWorkspaceRequest = z.object({ name: ZInnerWorkspaceName, owner_email: zEmail });
