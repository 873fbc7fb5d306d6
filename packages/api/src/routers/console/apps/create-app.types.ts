import { z } from 'zod';
import { CREATABLE_APP_MODES } from '@tessera/db';
import { route } from '../../meta';
import { ZAppDetail, zAppName, zDescription, zIcon, zIconBackground, zIconType } from './app.schemas';

export const createAppMeta = route({
  method: 'POST',
  path: '/apps',
  tags: ['Apps'],
  summary: 'Create an app with its site and starting configuration',
  successDescription: 'Created (HTTP 201)',
});

export const ZCreateAppRequest = z.object({
  name: zAppName,
  description: zDescription.nullish(),
  mode: z.enum(CREATABLE_APP_MODES),
  icon_type: zIconType.nullish(),
  icon: zIcon.nullish(),
  icon_background: zIconBackground.nullish(),
});

export const ZCreateAppResponse = ZAppDetail;
