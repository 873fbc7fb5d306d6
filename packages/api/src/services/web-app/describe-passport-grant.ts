import { type VerifiedPassport } from '../../auth/passport';
import { type WebAppAccessMode } from './access-rules';

export interface PassportGrant {
  app_id: string;
  app_code: string;
  end_user_id: string;
  access_mode: WebAppAccessMode;
  /** The signed-in member a non-public app's passport was exchanged for; null for public passports. */
  user_id: string | null;
  token_source: string | null;
  granted_at: number | null;
  /** Unix seconds. */
  expires_at: number | null;
}

/**
 * `POST /api/passport` (Tessera's shape; Dify lists the route without one): what a passport that
 * passed every check of a passport-authenticated call grants.
 */
export function describePassportGrant({ caller, claims, app }: VerifiedPassport): PassportGrant {
  return {
    app_id: caller.appId,
    app_code: caller.siteCode,
    end_user_id: caller.endUserId,
    access_mode: app.accessMode,
    user_id: caller.accountId ?? null,
    token_source: claims.token_source ?? null,
    granted_at: typeof claims.granted_at === 'number' ? claims.granted_at : null,
    expires_at: typeof claims.exp === 'number' ? claims.exp : null,
  };
}
