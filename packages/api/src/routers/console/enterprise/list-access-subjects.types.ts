import { z } from 'zod';
import { route } from '../../meta';
import { ENTERPRISE_NOTE, WEB_APP_ACCESS_TAG, ZAccessControlAccount, ZAppIdQuery } from './web-app-access.schemas';

export const listAccessSubjectsMeta = route({
  method: 'GET',
  path: '/enterprise/webapp/app/subjects',
  tags: [WEB_APP_ACCESS_TAG],
  summary: 'The members chosen to open a private web app',
  description: `${ENTERPRISE_NOTE} Members who have left the workspace are not listed; \`groups\` is always empty.`,
});

export const ZListAccessSubjectsRequest = ZAppIdQuery;
export const ZListAccessSubjectsResponse = z.object({
  groups: z.array(z.object({ id: z.string(), name: z.string(), groupSize: z.number().int() })),
  members: z.array(ZAccessControlAccount),
});
