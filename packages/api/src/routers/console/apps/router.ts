import { router } from '../../../trpc';
import { apiKeysRouter } from './api-keys/router';
import { copyAppProcedure } from './copy-app';
import { createAppProcedure } from './create-app';
import { stopDebugChatProcedure, stopDebugCompletionProcedure } from './debug/stop-debug-task';
import { deleteAppProcedure } from './delete-app';
import { exportAppProcedure } from './export-app';
import { getAppProcedure } from './get-app';
import { listAppsProcedure } from './list-apps';
import { modelConfigRouter } from './model-config/router';
import { renameAppProcedure } from './rename-app';
import { setApiEnableProcedure } from './set-api-enable';
import { setAppIconProcedure } from './set-app-icon';
import { setSiteEnableProcedure } from './set-site-enable';
import { siteRouter } from './site/router';
import { statisticsRouter } from './statistics/router';
import { updateAppProcedure } from './update-app';

export const appsRouter = router({
  list: listAppsProcedure,
  create: createAppProcedure,
  get: getAppProcedure,
  update: updateAppProcedure,
  delete: deleteAppProcedure,
  copy: copyAppProcedure,
  export: exportAppProcedure,
  rename: renameAppProcedure,
  setIcon: setAppIconProcedure,
  siteEnable: setSiteEnableProcedure,
  apiEnable: setApiEnableProcedure,
  apiKeys: apiKeysRouter,
  stopDebugChat: stopDebugChatProcedure,
  stopDebugCompletion: stopDebugCompletionProcedure,
  modelConfig: modelConfigRouter,
  site: siteRouter,
  statistics: statisticsRouter,
});
