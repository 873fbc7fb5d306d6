import { router } from '../../../trpc';
import { createDatasetProcedure } from './create-dataset';
import { createDocumentsProcedure, indexingEstimateProcedure, initDatasetProcedure, processRuleProcedure, retryDocumentsProcedure } from './create-documents';
import {
  builtInFieldsProcedure,
  createMetadataProcedure,
  deleteMetadataProcedure,
  documentsMetadataProcedure,
  listMetadataProcedure,
  renameDocumentProcedure,
  renameMetadataProcedure,
  setBuiltInFieldsProcedure,
} from './metadata';
import {
  createChildChunkProcedure,
  createSegmentProcedure,
  deleteChildChunkProcedure,
  deleteSegmentsProcedure,
  listChildChunksProcedure,
  listSegmentsProcedure,
  updateChildChunkProcedure,
  updateSegmentProcedure,
} from './segments';
import { createDatasetApiKeyProcedure, deleteDatasetApiKeyProcedure, listDatasetApiKeysProcedure, setDatasetApiProcedure } from './dataset-api-keys';
import { deleteDatasetProcedure } from './delete-dataset';
import {
  batchIndexingStatusProcedure,
  deleteDocumentProcedure,
  documentIndexingStatusProcedure,
  getDocumentProcedure,
  listDocumentsProcedure,
  pauseDocumentProcedure,
  resumeDocumentProcedure,
} from './documents';
import { getDatasetProcedure } from './get-dataset';
import { hitTestingProcedure, listQueriesProcedure } from './hit-testing';
import { listDatasetsProcedure } from './list-datasets';
import { relatedAppsProcedure } from './related-apps';
import { segmentImportStatusProcedure } from './segment-import-status';
import { updateDatasetProcedure } from './update-dataset';

/** Knowledge bases on the console; literal paths (`/datasets/api-keys`) before parameterised ones. */
export const datasetsRouter = router({
  listApiKeys: listDatasetApiKeysProcedure,
  createApiKey: createDatasetApiKeyProcedure,
  deleteApiKey: deleteDatasetApiKeyProcedure,
  init: initDatasetProcedure,
  processRule: processRuleProcedure,
  indexingEstimate: indexingEstimateProcedure,
  builtInFields: builtInFieldsProcedure,
  segmentImportStatus: segmentImportStatusProcedure,
  list: listDatasetsProcedure,
  create: createDatasetProcedure,
  get: getDatasetProcedure,
  update: updateDatasetProcedure,
  delete: deleteDatasetProcedure,
  relatedApps: relatedAppsProcedure,
  setApi: setDatasetApiProcedure,
  listMetadata: listMetadataProcedure,
  createMetadata: createMetadataProcedure,
  setBuiltInFields: setBuiltInFieldsProcedure,
  renameMetadata: renameMetadataProcedure,
  deleteMetadata: deleteMetadataProcedure,
  retryDocuments: retryDocumentsProcedure,
  documentsMetadata: documentsMetadataProcedure,
  createDocuments: createDocumentsProcedure,
  listDocuments: listDocumentsProcedure,
  getDocument: getDocumentProcedure,
  deleteDocument: deleteDocumentProcedure,
  batchIndexingStatus: batchIndexingStatusProcedure,
  documentIndexingStatus: documentIndexingStatusProcedure,
  pauseDocument: pauseDocumentProcedure,
  resumeDocument: resumeDocumentProcedure,
  renameDocument: renameDocumentProcedure,
  listSegments: listSegmentsProcedure,
  deleteSegments: deleteSegmentsProcedure,
  createSegment: createSegmentProcedure,
  updateSegment: updateSegmentProcedure,
  listChildChunks: listChildChunksProcedure,
  createChildChunk: createChildChunkProcedure,
  updateChildChunk: updateChildChunkProcedure,
  deleteChildChunk: deleteChildChunkProcedure,
  hitTesting: hitTestingProcedure,
  queries: listQueriesProcedure,
});
