import { z } from 'zod';
import { ICON_TYPES } from '@tessera/db';
import { route } from '../../meta';

export const getSiteMeta = route({ method: 'GET', path: '/site', tags: ['App'], summary: "The key's app's web-app settings" });
export const ZGetSiteResponse = z.object({
  title: z.string(),
  chat_color_theme: z.string().nullable(),
  chat_color_theme_inverted: z.boolean(),
  icon_type: z.enum(ICON_TYPES).nullable(),
  icon: z.string().nullable(),
  icon_background: z.string().nullable(),
  icon_url: z.string().nullable(),
  description: z.string().nullable(),
  copyright: z.string().nullable(),
  privacy_policy: z.string().nullable(),
  custom_disclaimer: z.string(),
  default_language: z.string(),
  show_workflow_steps: z.boolean(),
  use_icon_as_answer_icon: z.boolean(),
});
