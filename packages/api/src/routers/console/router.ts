import { router } from '../../trpc';
import { accountRouter } from './account/router';
import { authRouter } from './auth/router';
import { enterpriseRouter } from './enterprise/router';
import { conversationLogsRouter } from './conversations/router';
import { datasetsRouter } from './datasets/router';
import { consoleFilesRouter } from './files/router';
import { jobRunsRouter } from './job-runs/router';
import { mailRouter } from './mail/router';
import { messageLogsRouter } from './messages/router';
import { modelProvidersRouter } from './model-providers/router';
import { setupRouter } from './setup/router';
import { activateRouter } from './activate/router';
import { annotationsRouter } from './annotations/router';
import { appsRouter } from './apps/router';
import { tagsRouter } from './tags/router';
import { toolProvidersRouter } from './tool-providers/router';
import { websiteRouter } from './website/router';
import { workspacesRouter } from './workspaces/router';

/** The console surface (`/console/api`), also the typed RPC router of the Next.js pages. */
export const consoleRouter = router({
  setup: setupRouter,
  workspaces: workspacesRouter,
  activate: activateRouter,
  auth: authRouter,
  account: accountRouter,
  mail: mailRouter,
  files: consoleFilesRouter,
  apps: appsRouter,
  annotations: annotationsRouter,
  tags: tagsRouter,
  datasets: datasetsRouter,
  toolProviders: toolProvidersRouter,
  modelProviders: modelProvidersRouter,
  enterprise: enterpriseRouter,
  conversationLogs: conversationLogsRouter,
  messageLogs: messageLogsRouter,
  jobRuns: jobRunsRouter,
  website: websiteRouter,
});

export type ConsoleRouter = typeof consoleRouter;
