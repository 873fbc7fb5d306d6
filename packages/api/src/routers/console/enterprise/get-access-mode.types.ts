import { z } from 'zod';
import { route } from '../../meta';
import { ENTERPRISE_NOTE, WEB_APP_ACCESS_TAG, ZAppIdQuery } from './web-app-access.schemas';

export const getAccessModeMeta = route({
  method: 'GET',
  path: '/enterprise/webapp/app/access-mode',
  tags: [WEB_APP_ACCESS_TAG],
  summary: 'Who may open the web app',
  description: ENTERPRISE_NOTE,
});

export const ZGetAccessModeRequest = ZAppIdQuery;
export const ZGetAccessModeResponse = z.object({ accessMode: z.string().describe('`public`, `private` or `private_all`') });
