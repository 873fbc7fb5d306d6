import { router } from '../../../../trpc';
import { createApiKeyProcedure } from './create-api-key';
import { deleteApiKeyProcedure } from './delete-api-key';
import { listApiKeysProcedure } from './list-api-keys';

export const apiKeysRouter = router({
  list: listApiKeysProcedure,
  create: createApiKeyProcedure,
  delete: deleteApiKeyProcedure,
});
