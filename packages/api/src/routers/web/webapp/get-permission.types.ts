import { z } from 'zod';
import { route } from '../../meta';

export const getPermissionMeta = route({
  method: 'GET',
  path: '/webapp/permission',
  protect: false,
  tags: ['Web app access'],
  summary: 'Whether the caller may open the app (X-App-Code, and the passport when the app is not public)',
});

export const ZGetPermissionRequest = z.object({ appId: z.string().trim().max(64).optional() });
export const ZGetPermissionResponse = z.object({ result: z.boolean() });
