import { type IconType, type Queryable } from '@tessera/db';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { signedFilePreviewUrl } from '../files/signed-url';

/** Whether `fileId` names one of the workspace's own uploads. */
export async function isWorkspaceFile(db: Queryable, workspaceId: string, fileId: string): Promise<boolean> {
  return Boolean(await uploadFilesStore(db, workspaceId).find(fileId));
}

/**
 * An `image` icon names an upload file; it must be one of the workspace's own files, or a
 * signed URL to another tenant's upload could be obtained through the icon.
 */
export async function assertIconUsable(db: Queryable, workspaceId: string, iconType: IconType, icon: string): Promise<void> {
  if (iconType !== 'image') return;
  if (!(await isWorkspaceFile(db, workspaceId, icon))) {
    throw errors.invalidParam('icon: must be the id of a file uploaded to this workspace', 'icon');
  }
}

/** `icon_url`: a signed preview URL for image icons, null otherwise. */
export function iconUrl(deps: AppDeps, iconType: IconType | null | undefined, icon: string | null | undefined): string | null {
  return iconType === 'image' && icon ? signedFilePreviewUrl(deps, icon) : null;
}
