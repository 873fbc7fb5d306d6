import { documentUploadFileProcedure } from './document-upload-file';
import { router } from '../../../trpc';
import { createChildChunkProcedure, deleteChildChunkProcedure, listChildChunksProcedure, updateChildChunkProcedure } from './child-chunks';
import { createDatasetProcedure } from './create-dataset';
import { deleteDatasetProcedure } from './delete-dataset';
import { deleteDatasetSegmentProcedure, getDatasetSegmentProcedure, listDatasetSegmentsProcedure, putDatasetSegmentProcedure } from './dataset-segments';
import {
  createByTextLegacyProcedure,
  createByTextProcedure,
  deleteDocumentProcedure,
  documentsForActionProcedure,
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
import {
  builtInFieldsProcedure,
  createMetadataProcedure,
  datasetBuiltInFieldsProcedure,
  deleteMetadataProcedure,
  getMetadataProcedure,
  listMetadataProcedure,
  putDocumentsMetadataProcedure,
  renameMetadataProcedure,
  setBuiltInFieldsProcedure,
  updateDocumentsMetadataProcedure,
} from './metadata';
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
  builtInFields: builtInFieldsProcedure,
  list: listDatasetsProcedure,
  create: createDatasetProcedure,
  get: getDatasetProcedure,
  update: updateDatasetProcedure,
  delete: deleteDatasetProcedure,
  tags: datasetTagsProcedure,
  createByText: createByTextProcedure,
  createByTextLegacy: createByTextLegacyProcedure,
  updateDocumentsMetadata: updateDocumentsMetadataProcedure,
  putDocumentsMetadata: putDocumentsMetadataProcedure,
  datasetBuiltInFields: datasetBuiltInFieldsProcedure,
  setBuiltInFields: setBuiltInFieldsProcedure,
  createMetadata: createMetadataProcedure,
  listMetadata: listMetadataProcedure,
  getMetadata: getMetadataProcedure,
  renameMetadata: renameMetadataProcedure,
  deleteMetadata: deleteMetadataProcedure,
  updateByText: updateByTextProcedure,
  updateByTextLegacy: updateByTextLegacyProcedure,
  documentsStatus: documentsStatusProcedure,
  documentsForAction: documentsForActionProcedure,
  listDocuments: listDocumentsProcedure,
  indexingStatus: indexingStatusProcedure,
  getDocument: getDocumentProcedure,
  documentUploadFile: documentUploadFileProcedure,
  deleteDocument: deleteDocumentProcedure,
  retrieve: retrieveProcedure,
  listSegments: listSegmentsProcedure,
  createSegments: createSegmentsProcedure,
  getSegment: getSegmentProcedure,
  updateSegment: updateSegmentProcedure,
  deleteSegment: deleteSegmentProcedure,
  listDatasetSegments: listDatasetSegmentsProcedure,
  getDatasetSegment: getDatasetSegmentProcedure,
  putDatasetSegment: putDatasetSegmentProcedure,
  deleteDatasetSegment: deleteDatasetSegmentProcedure,
  listChildChunks: listChildChunksProcedure,
  createChildChunk: createChildChunkProcedure,
  updateChildChunk: updateChildChunkProcedure,
  deleteChildChunk: deleteChildChunkProcedure,
  hitTesting: hitTestingProcedure,
});
