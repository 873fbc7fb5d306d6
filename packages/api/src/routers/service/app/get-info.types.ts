import { z } from 'zod';
import { APP_MODES } from '@tessera/db';
import { route } from '../../meta';

export const getInfoMeta = route({ method: 'GET', path: '/info', tags: ['App'], summary: "The key's app: name, description, tags, mode and author" });
export const ZGetInfoResponse = z.object({
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  mode: z.enum(APP_MODES),
  author_name: z.string().nullable(),
});
