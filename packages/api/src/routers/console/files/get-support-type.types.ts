import { z } from 'zod';
import { route } from '../../meta';

export const getSupportTypeMeta = route({
  method: 'GET',
  path: '/files/support-type',
  tags: ['Files'],
  summary: 'Document extensions a knowledge base accepts, in lower and upper case',
});

export const ZGetSupportTypeResponse = z.object({ allowed_extensions: z.array(z.string()) });
