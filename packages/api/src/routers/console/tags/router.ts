import { router } from '../../../trpc';
import { bindTagsCollectionProcedure, bindTagsProcedure } from './bind-tags';
import { createTagProcedure } from './create-tag';
import { deleteTagProcedure } from './delete-tag';
import { listTagsProcedure } from './list-tags';
import { unbindTagsProcedure } from './unbind-tags';
import { updateTagProcedure } from './update-tag';

export const tagsRouter = router({
  list: listTagsProcedure,
  create: createTagProcedure,
  update: updateTagProcedure,
  delete: deleteTagProcedure,
  bind: bindTagsProcedure,
  bindCollection: bindTagsCollectionProcedure,
  unbind: unbindTagsProcedure,
});
