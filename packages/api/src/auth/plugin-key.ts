import { sameSecret } from './tokens';
import { type AppConfig } from '../config';

/** With no key configured the plugin routes stay closed (Dify: PLUGIN_DAEMON_KEY unset → 404). */
export function pluginKeyAccepted(config: AppConfig, headers: Headers): boolean {
  const expected = config.innerApiKeyForPlugin;
  const given = headers.get('x-inner-api-key');
  if (!expected || !given) return false;
  return sameSecret(given, expected);
}
