import { z } from 'zod';
import { zQueryBool } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from './app.schemas';

export const exportAppMeta = route({ method: 'GET', path: '/apps/{app_id}/export', tags: ['Apps'], summary: 'Export an app as DSL 0.5.0 YAML' });

export const ZExportAppRequest = ZAppIdInput.extend({ include_secret: zQueryBool.optional() });

export const ZExportAppResponse = z.object({ data: z.string() });
