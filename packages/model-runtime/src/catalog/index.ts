export { listProviders, getProvider, resolveProviderName } from './registry';
export { findPredefinedModel, customModelDefinition } from './models';
export {
  applyCredentialDefaults,
  credentialSchemaFor,
  secretVariables,
  validateCredentialShape,
  type CredentialScope,
} from './credentials';
export { normalizeModelType } from './model-type';
export { MODEL_TYPE_VARIABLE } from './forms';
