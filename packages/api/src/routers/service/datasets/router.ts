import { router } from '../../../trpc';
import { createDatasetProcedure } from './create-dataset';
import { deleteDatasetProcedure } from './delete-dataset';
import { getDatasetProcedure } from './get-dataset';
import {
  bindKnowledgeTagsProcedure,
  createKnowledgeTagProcedure,
  datasetTagsProcedure,
  deleteKnowledgeTagProcedure,
  listKnowledgeTagsProcedure,
  unbindKnowledgeTagsProcedure,
  updateKnowledgeTagProcedure,
} from './knowledge-tags';
import { listDatasetsProcedure } from './list-datasets';
import { updateDatasetProcedure } from './update-dataset';

/** Dify's knowledge API on `/v1`, called with `dataset-` keys; literal paths before parameterised ones. */
export const serviceDatasetsRouter = router({
  listTags: listKnowledgeTagsProcedure,
  createTag: createKnowledgeTagProcedure,
  updateTag: updateKnowledgeTagProcedure,
  deleteTag: deleteKnowledgeTagProcedure,
  bindTags: bindKnowledgeTagsProcedure,
  unbindTags: unbindKnowledgeTagsProcedure,
  list: listDatasetsProcedure,
  create: createDatasetProcedure,
  get: getDatasetProcedure,
  update: updateDatasetProcedure,
  delete: deleteDatasetProcedure,
  tags: datasetTagsProcedure,
});
