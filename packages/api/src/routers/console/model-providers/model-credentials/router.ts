import { router } from '../../../../trpc';
import { createModelCredentialProcedure } from './create-model-credential';
import { deleteModelCredentialProcedure } from './delete-model-credential';
import { getModelCredentialProcedure } from './get-model-credential';
import { switchModelCredentialProcedure } from './switch-model-credential';
import { updateModelCredentialProcedure } from './update-model-credential';
import { validateModelCredentialProcedure } from './validate-model-credential';

/** Custom models' credentials: `/workspaces/current/model-providers/{provider}/models/credentials…`. */
export const modelCredentialsRouter = router({
  switch: switchModelCredentialProcedure,
  validate: validateModelCredentialProcedure,
  get: getModelCredentialProcedure,
  create: createModelCredentialProcedure,
  update: updateModelCredentialProcedure,
  delete: deleteModelCredentialProcedure,
});
