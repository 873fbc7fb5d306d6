import { type UploadFile } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { storeUpload, type UploadInput } from '../files/upload-file';

/** An end user of one app: who uploads through the Service API and the web app. */
export interface AppEndUser {
  workspaceId: string;
  appId: string;
  endUserId: string;
}

/**
 * An end user's upload (`POST /v1/files/upload`, `POST /api/files/upload`): stored like the
 * console's, recorded as the end user's, and so usable only by them (see `file-owner.ts`).
 */
export function storeEndUserUpload(deps: AppDeps, endUser: AppEndUser, input: UploadInput): Promise<UploadFile> {
  return storeUpload(deps, { workspaceId: endUser.workspaceId, createdBy: endUser.endUserId, createdByRole: 'end_user' }, input);
}
