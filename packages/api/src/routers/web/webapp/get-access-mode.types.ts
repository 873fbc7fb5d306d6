import { z } from 'zod';
import { WEB_APP_ACCESS_MODES } from '../../../services/web-app/access-rules';
import { route } from '../../meta';

export const getAccessModeMeta = route({
  method: 'GET',
  path: '/webapp/access-mode',
  protect: false,
  tags: ['Web app access'],
  summary: "Who may open an app's web app, by `appId` or `appCode`",
});

export const ZGetAccessModeRequest = z.object({
  appId: z.string().trim().max(64).optional(),
  appCode: z.string().trim().max(64).optional(),
});
export const ZGetAccessModeResponse = z.object({ accessMode: z.enum(WEB_APP_ACCESS_MODES) });
