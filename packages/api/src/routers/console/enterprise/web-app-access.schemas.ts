import { z } from 'zod';
import { WEB_APP_ACCESS_MODES } from '../../../services/apps/web-app-access';
import { zId } from '../../../validation';

export const WEB_APP_ACCESS_TAG = 'Web app access';

/** Dify keeps web-app access control under its enterprise paths; Tessera serves them in every edition. */
export const ENTERPRISE_NOTE =
  "Dify's enterprise path, served by Tessera itself: the app's access mode (`public`, `private` for the members chosen " +
  'for it, `private_all` for every member of the workspace).';

export const ZAppIdQuery = z.object({ appId: zId });

export const zAccessMode = z.enum(WEB_APP_ACCESS_MODES);

export const ZAccessControlAccount = z
  .object({ id: z.string(), name: z.string(), email: z.string(), avatar: z.string(), avatarUrl: z.string() })
  .meta({ id: 'AccessControlAccount' });
