import { router } from '../../../trpc';
import { getAccessModeProcedure } from './get-access-mode';
import { getPermissionProcedure } from './get-permission';
import { getSystemFeaturesProcedure } from './get-system-features';

/** What a web app asks before it has a passport: access mode, permission, sign-in features. */
export const webAppAccessRouter = router({
  accessMode: getAccessModeProcedure,
  permission: getPermissionProcedure,
  systemFeatures: getSystemFeaturesProcedure,
});
