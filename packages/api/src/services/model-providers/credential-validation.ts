import {
  type Credentials,
  CredentialsValidationError,
  type ModelType,
  isModelRuntimeError,
  validateCredentialShape,
} from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';

export interface CredentialCheck {
  provider: string;
  scope: 'provider' | 'model';
  /** The form as submitted (with kept secrets restored): its shape is checked against the scope's schema. */
  credentials: Credentials;
  /** What the real call uses: for a custom model, the provider's credentials with the model's over them. */
  callCredentials?: Credentials;
  model?: string;
  modelType?: ModelType;
}

/** The provider's own words when the credentials are refused; null when they work. */
export async function credentialProblem(deps: AppDeps, check: CredentialCheck): Promise<string | null> {
  const shapeProblem = validateCredentialShape(check.provider, check.scope, check.credentials, check.modelType);
  if (shapeProblem) return shapeProblem;
  try {
    await deps.models.validateCredentials({
      provider: check.provider,
      credentials: check.callCredentials ?? check.credentials,
      model: check.model,
      modelType: check.modelType,
    });
    return null;
  } catch (error) {
    if (error instanceof CredentialsValidationError || isModelRuntimeError(error)) return error.message || 'Unknown error';
    throw error;
  }
}

/** Dify answers refused credentials with 400 invalid_param carrying the provider's message. */
export async function assertCredentialsWork(deps: AppDeps, check: CredentialCheck): Promise<void> {
  const problem = await credentialProblem(deps, check);
  if (problem) throw errors.invalidParam(problem);
}
