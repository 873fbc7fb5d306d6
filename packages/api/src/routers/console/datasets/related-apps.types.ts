import { z } from 'zod';
import { route } from '../../meta';

export const relatedAppsMeta = route({ method: 'GET', path: '/datasets/{dataset_id}/related-apps', tags: ['Knowledge'], summary: 'The apps that answer from a knowledge base' });

export const ZRelatedApp = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  mode: z.string(),
  icon_type: z.string().nullable(),
  icon: z.string().nullable(),
  icon_background: z.string().nullable(),
  icon_url: z.string().nullable(),
});

export const ZRelatedAppsResponse = z.object({ data: z.array(ZRelatedApp), total: z.number().int() });
