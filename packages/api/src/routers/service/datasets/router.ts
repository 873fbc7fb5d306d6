import { router } from '../../../trpc';
import { createDatasetProcedure } from './create-dataset';
import { deleteDatasetProcedure } from './delete-dataset';
import {
  createByTextLegacyProcedure,
  createByTextProcedure,
  deleteDocumentProcedure,
  documentsStatusProcedure,
  getDocumentProcedure,
  indexingStatusProcedure,
  listDocumentsProcedure,
  updateByTextLegacyProcedure,
  updateByTextProcedure,
} from './documents';
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
import { hitTestingProcedure, retrieveProcedure } from './retrieve';
import { createSegmentsProcedure, deleteSegmentProcedure, getSegmentProcedure, listSegmentsProcedure, updateSegmentProcedure } from './segments';
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
  createByText: createByTextProcedure,
  createByTextLegacy: createByTextLegacyProcedure,
  updateByText: updateByTextProcedure,
  updateByTextLegacy: updateByTextLegacyProcedure,
  documentsStatus: documentsStatusProcedure,
  listDocuments: listDocumentsProcedure,
  indexingStatus: indexingStatusProcedure,
  getDocument: getDocumentProcedure,
  deleteDocument: deleteDocumentProcedure,
  retrieve: retrieveProcedure,
  listSegments: listSegmentsProcedure,
  createSegments: createSegmentsProcedure,
  getSegment: getSegmentProcedure,
  updateSegment: updateSegmentProcedure,
  deleteSegment: deleteSegmentProcedure,
  hitTesting: hitTestingProcedure,
});
