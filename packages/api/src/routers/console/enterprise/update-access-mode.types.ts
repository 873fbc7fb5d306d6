import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ENTERPRISE_NOTE, WEB_APP_ACCESS_TAG, zAccessMode } from './web-app-access.schemas';

export const updateAccessModeMeta = route({
  method: 'POST',
  path: '/enterprise/webapp/app/access-mode',
  tags: [WEB_APP_ACCESS_TAG],
  summary: 'Choose who may open the web app',
  description:
    `${ENTERPRISE_NOTE} \`subjects\`, when given, replaces the members chosen for \`private\`; each must be a member of the ` +
    'workspace (groups do not exist in Tessera). Editors and up.',
});

export const ZUpdateAccessModeRequest = z.object({
  appId: zId,
  accessMode: zAccessMode,
  subjects: z
    .array(z.object({ subjectId: zId, subjectType: z.enum(['account', 'group']) }))
    .max(1000)
    .nullish(),
});

export const ZUpdateAccessModeResponse = z.object({ result: z.boolean() });
