import { z } from 'zod';
import { route } from '../../meta';

export const getApiRootMeta = route({
  method: 'GET',
  path: '/',
  protect: false,
  tags: ['Service API'],
  summary: 'API root: answers without a key, so clients can check the base URL',
});

export const ZGetApiRootResponse = z.object({
  welcome: z.string(),
  api_version: z.literal('v1'),
  server_version: z.string(),
});
