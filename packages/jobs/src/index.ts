export { createJobsClient, JOBS_APP_ID, type JobsClientLogger, type JobsMode, type JobsSettings, jobsSettingsFromEnv } from './client';
export { createJobRuntime, type JobRuntime, type JobRuntimeOptions } from './runtime';
export { type JobsLogger } from './driver/job-driver';
export * from './events';
export { NonRetriableError, RetryAfterError, type Inngest, type InngestFunction } from 'inngest';
