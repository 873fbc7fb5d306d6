import { z } from 'zod';
import { ZSite } from '../app.schemas';

/** Dify's `app_site_fields`, with the console site's other fields. */
export const ZAppSite = ZSite.extend({ app_id: z.string() }).meta({ id: 'AppSite' });
