import { router } from '../../../trpc';
import { createDatasetProcedure } from './create-dataset';
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
import { updateDatasetProcedure } from './update-dataset';

/** Knowledge bases on the console; literal paths (`/datasets/api-keys`) before parameterised ones. */
export const datasetsRouter = router({
  listApiKeys: listDatasetApiKeysProcedure,
  createApiKey: createDatasetApiKeyProcedure,
  deleteApiKey: deleteDatasetApiKeyProcedure,
  list: listDatasetsProcedure,
  create: createDatasetProcedure,
  get: getDatasetProcedure,
  update: updateDatasetProcedure,
  delete: deleteDatasetProcedure,
  setApi: setDatasetApiProcedure,
  listDocuments: listDocumentsProcedure,
  getDocument: getDocumentProcedure,
  deleteDocument: deleteDocumentProcedure,
  batchIndexingStatus: batchIndexingStatusProcedure,
  documentIndexingStatus: documentIndexingStatusProcedure,
  pauseDocument: pauseDocumentProcedure,
  resumeDocument: resumeDocumentProcedure,
  hitTesting: hitTestingProcedure,
  queries: listQueriesProcedure,
});
