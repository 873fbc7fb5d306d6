import { router } from '../../../trpc';
import { createWorkspaceProcedure } from './create-workspace';
import { getCurrentWorkspaceProcedure, getInfoProcedure, readCurrentWorkspaceProcedure } from './get-current-workspace';
import { listAllWorkspacesProcedure } from './list-all-workspaces';
import { listWorkspacesProcedure } from './list-workspaces';
import { membersRouter } from './members/router';
import { renameWorkspaceProcedure } from './rename-workspace';
import { switchWorkspaceProcedure } from './switch-workspace';

export const workspacesRouter = router({
  list: listWorkspacesProcedure,
  create: createWorkspaceProcedure,
  current: getCurrentWorkspaceProcedure,
  currentRead: readCurrentWorkspaceProcedure,
  info: getInfoProcedure,
  switchTo: switchWorkspaceProcedure,
  rename: renameWorkspaceProcedure,
  all: listAllWorkspacesProcedure,
  members: membersRouter,
});
