import { z } from 'zod';
import { TAG_TYPES } from '@tessera/db';

export const zTagType = z.enum(TAG_TYPES);
export const zTagName = z.string().min(1).max(50);

export const ZTag = z
  .object({ id: z.string(), name: z.string(), type: zTagType, binding_count: z.string() })
  .meta({ id: 'Tag' });
