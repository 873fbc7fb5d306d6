import { type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { decryptCredentials, encryptCredentials } from '../model-providers/credential-cipher';
import { type TInvokeEncryptRequest } from './payloads';

const SECRET_TYPE = 'secret-input';

/**
 * Encrypts or decrypts the secret fields of a plugin's settings (Dify's PluginEncrypter) with the
 * workspace's credential key, bound to the plugin's namespace and identity so a value cannot be
 * replayed under another plugin. Other fields pass through untouched; a value that does not
 * decrypt is left as it is, as Dify's encrypter leaves it.
 */
export async function invokeEncrypt(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeEncryptRequest,
): Promise<{ data: Record<string, unknown> }> {
  // Nothing is cached between calls, so there is nothing for `clear` to drop.
  if (input.opt === 'clear') return { data: {} };
  const scope = { workspaceId: caller.workspaceId, provider: `plugin:${input.namespace}:${input.identity}` };
  const secretNames = new Set(input.config.filter((field) => field.type === SECRET_TYPE).map((field) => field.name));
  const data: Record<string, unknown> = { ...input.data };
  for (const name of secretNames) {
    const value = data[name];
    if (typeof value !== 'string' || value === '') continue;
    if (input.opt === 'encrypt') {
      data[name] = encryptCredentials(deps.config.secretKey, scope, { value });
    } else {
      try {
        const opened = decryptCredentials(deps.config.secretKey, scope, value).value;
        if (typeof opened === 'string') data[name] = opened;
      } catch {
        // Left as it is: the daemon may hand back values saved before they were encrypted.
      }
    }
  }
  return { data };
}
