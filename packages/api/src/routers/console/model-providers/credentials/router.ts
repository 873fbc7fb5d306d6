import { router } from '../../../../trpc';
import { createCredentialProcedure } from './create-credential';
import { deleteCredentialProcedure } from './delete-credential';
import { getCredentialProcedure } from './get-credential';
import { switchCredentialProcedure } from './switch-credential';
import { updateCredentialProcedure } from './update-credential';
import { validateCredentialProcedure } from './validate-credential';

/** Provider-level credentials: `/workspaces/current/model-providers/{provider}/credentials…`. */
export const providerCredentialsRouter = router({
  switch: switchCredentialProcedure,
  validate: validateCredentialProcedure,
  get: getCredentialProcedure,
  create: createCredentialProcedure,
  update: updateCredentialProcedure,
  delete: deleteCredentialProcedure,
});
