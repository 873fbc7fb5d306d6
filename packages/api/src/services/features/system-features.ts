import { type AppConfig } from '../../config';

/** Dify's default for the largest plugin package (15 MB); Tessera installs no plugins. */
const MAX_PLUGIN_PACKAGE_SIZE = 15 * 1024 * 1024;

/**
 * Dify's SystemFeatureModel (skeleton C) with Tessera's truths, for the web app's
 * `/api/system-features` and the console's copy of it: email-code and password sign-in work
 * (codes land in the outbox when no SMTP server is set), web-app access control is on with
 * Tessera's own (internal) sign-in, and there is no SSO, social sign-in, marketplace, plugin
 * manager, branding or licence. Registration, workspace creation and mail come from configuration.
 */
export function systemFeatures(config: Pick<AppConfig, 'allowRegister' | 'allowCreateWorkspace' | 'smtp'>) {
  return {
    sso_enforced_for_signin: false,
    sso_enforced_for_signin_protocol: '',
    enable_marketplace: false,
    max_plugin_package_size: MAX_PLUGIN_PACKAGE_SIZE,
    enable_email_code_login: true,
    enable_email_password_login: true,
    enable_social_oauth_login: false,
    is_allow_register: config.allowRegister,
    is_allow_create_workspace: config.allowCreateWorkspace,
    is_email_setup: Boolean(config.smtp),
    license: { status: 'none' as const, expired_at: '', workspaces: { enabled: false, size: 0, limit: 0 } },
    branding: { enabled: false, application_title: '', login_page_logo: '', workspace_logo: '', favicon: '' },
    webapp_auth: {
      enabled: true,
      allow_sso: false,
      sso_config: { protocol: '' },
      allow_email_code_login: true,
      allow_email_password_login: true,
    },
    plugin_installation_permission: { plugin_installation_scope: 'none' as const, restrict_to_marketplace_only: false },
    enable_change_email: false,
    plugin_manager: { enabled: false },
    trial_models: [] as string[],
    enable_trial_app: false,
    enable_explore_banner: false,
  };
}
