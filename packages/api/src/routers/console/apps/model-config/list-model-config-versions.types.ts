import { z } from 'zod';
import { zPageOf, zPageParams } from '../../../../paging';
import { zTimestamp } from '../../../../validation';
import { route } from '../../../meta';
import { ZAppIdInput } from '../app.schemas';

export const listModelConfigVersionsMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/model-config/versions',
  tags: ['App configuration'],
  summary: "An app's saved configuration versions, newest first",
  description:
    "Tessera's addition: Dify keeps every saved configuration but offers no list of them. Messages name the version that " +
    'answered them (`app_model_config_id`), so the studio can say which one that was.',
});

export const ZListModelConfigVersionsRequest = ZAppIdInput.extend({
  ...zPageParams,
});

export const ZModelConfigVersion = z
  .object({
    id: z.string(),
    version: z.number().int(),
    created_by: z.string().nullable(),
    created_at: zTimestamp,
    current: z.boolean().describe('Whether this version answers now'),
  })
  .meta({ id: 'ModelConfigVersion' });

export const ZListModelConfigVersionsResponse = zPageOf(ZModelConfigVersion);
