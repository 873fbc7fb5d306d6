import { z } from 'zod';
import { route } from '../../meta';

export const getSystemFeaturesMeta = route({
  method: 'GET',
  path: '/system-features',
  protect: false,
  tags: ['Web app access'],
  summary: 'Sign-in methods and features the web app may offer',
});

const ZSwitch = z.object({ enabled: z.boolean() });

export const ZSystemFeatures = z.object({
  sso_enforced_for_signin: z.boolean(),
  sso_enforced_for_signin_protocol: z.string(),
  enable_marketplace: z.boolean(),
  max_plugin_package_size: z.number().int(),
  enable_email_code_login: z.boolean(),
  enable_email_password_login: z.boolean(),
  enable_social_oauth_login: z.boolean(),
  is_allow_register: z.boolean(),
  is_allow_create_workspace: z.boolean(),
  is_email_setup: z.boolean(),
  license: z.object({
    status: z.enum(['none', 'inactive', 'active', 'expiring', 'expired', 'lost']),
    expired_at: z.string(),
    workspaces: ZSwitch.extend({ size: z.number().int(), limit: z.number().int() }),
  }),
  branding: ZSwitch.extend({
    application_title: z.string(),
    login_page_logo: z.string(),
    workspace_logo: z.string(),
    favicon: z.string(),
  }),
  webapp_auth: ZSwitch.extend({
    allow_sso: z.boolean(),
    sso_config: z.object({ protocol: z.string() }),
    allow_email_code_login: z.boolean(),
    allow_email_password_login: z.boolean(),
  }),
  plugin_installation_permission: z.object({
    plugin_installation_scope: z.enum(['none', 'official_only', 'official_and_specific_partners', 'all']),
    restrict_to_marketplace_only: z.boolean(),
  }),
  enable_change_email: z.boolean(),
  plugin_manager: ZSwitch,
  trial_models: z.array(z.string()),
  enable_trial_app: z.boolean(),
  enable_explore_banner: z.boolean(),
});
