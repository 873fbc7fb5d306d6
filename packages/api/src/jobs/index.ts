import { type Inngest, type InngestFunction } from '@tessera/jobs';
import { type AppDeps } from '../deps';
import { createCrawlWebsiteFunction } from './crawl-website';
import { createImportSegmentsFunction } from './import-segments';
import { createIndexDocumentFunction } from './index-document';

/**
 * Builds the functions this app registers, on the process's one jobs client. Each domain adds its
 * functions here (document indexing next, workflow runs after it); they receive `deps` like any
 * service and call services from their steps.
 */
export type JobFunctionsFactory = (client: Inngest, deps: AppDeps) => InngestFunction.Any[];

export const createJobFunctions: JobFunctionsFactory = (client, deps) => [
  createIndexDocumentFunction(client, deps),
  createCrawlWebsiteFunction(client, deps),
  createImportSegmentsFunction(client, deps),
];
