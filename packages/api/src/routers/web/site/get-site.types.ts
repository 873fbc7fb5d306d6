import { z } from 'zod';
import { ZGetSiteResponse as ZServiceSite } from '../../service/app/get-site.types';
import { route } from '../../meta';

export const getWebSiteMeta = route({
  method: 'GET',
  path: '/site',
  tags: ['App'],
  summary: "The passport's app and its web-app settings",
});

export const ZGetWebSiteResponse = z.object({
  app_id: z.string(),
  end_user_id: z.string(),
  enable_site: z.boolean(),
  site: ZServiceSite.extend({ prompt_public: z.boolean() }),
  model_config: z.null(),
  plan: z.string(),
  can_replace_logo: z.boolean(),
  custom_config: z.null(),
});
