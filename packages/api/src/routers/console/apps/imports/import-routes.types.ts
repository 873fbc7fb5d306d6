import { z } from 'zod';
import { zAppName, zDescription, zIcon, zIconBackground, zIconType } from '../app.schemas';

export const ZImportBody = z.object({
  mode: z.enum(['yaml-content', 'yaml-url']),
  yaml_content: z.string().max(10 * 1024 * 1024).nullish(),
  yaml_url: z.string().max(2048).nullish(),
  name: zAppName.nullish(),
  description: zDescription.nullish(),
  icon_type: zIconType.nullish(),
  icon: zIcon.nullish(),
  icon_background: zIconBackground.nullish(),
  app_id: z.string().uuid().nullish(),
});

export const ZImport = z
  .object({
    id: z.string(),
    status: z.enum(['completed', 'completed-with-warnings', 'pending', 'failed']),
    app_id: z.string().nullable(),
    app_mode: z.string().nullable(),
    current_dsl_version: z.string(),
    imported_dsl_version: z.string(),
    error: z.string(),
  })
  .meta({ id: 'AppImport' });

export const IMPORT_RESPONSES = {
  200: { description: '`completed` or `completed-with-warnings`', json: ZImport },
  202: { description: '`pending`: the DSL is of another major version; confirm within ten minutes', json: ZImport },
  400: { description: '`failed`, with `error` (the Import body, as Dify answers), or invalid_param', json: ZImport },
  401: { description: 'Not signed in' },
  403: { description: 'Not an editor, admin or owner' },
};
