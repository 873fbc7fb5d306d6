import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../../../../services/workspaces/languages';
import { zBool } from '../../../../validation';
import { route } from '../../../meta';
import { ZAppIdInput, zIcon, zIconBackground, zIconType } from '../app.schemas';
import { ZAppSite } from './site.schemas';

export const updateSiteMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/site',
  tags: ['Apps'],
  summary: "Change the web app's title, look, texts and options",
  description: 'Fields left out or null keep their value. Editors and up.',
});

export const ZUpdateSiteRequest = ZAppIdInput.extend({
  title: z.string().max(255).nullish(),
  icon_type: zIconType.nullish(),
  icon: zIcon.nullish(),
  icon_background: zIconBackground.nullish(),
  description: z.string().nullish(),
  default_language: z
    .string()
    .refine((value) => SUPPORTED_LANGUAGES.includes(value), { error: (issue) => `${String(issue.input)} is not a valid language.` })
    .nullish(),
  chat_color_theme: z.string().max(255).nullish(),
  chat_color_theme_inverted: zBool.nullish(),
  customize_domain: z.string().max(255).nullish(),
  copyright: z.string().nullish(),
  privacy_policy: z.string().nullish(),
  custom_disclaimer: z.string().nullish(),
  customize_token_strategy: z.enum(['must', 'allow', 'not_allow']).nullish(),
  prompt_public: zBool.nullish(),
  show_workflow_steps: zBool.nullish(),
  use_icon_as_answer_icon: zBool.nullish(),
});

export const ZUpdateSiteResponse = ZAppSite;
