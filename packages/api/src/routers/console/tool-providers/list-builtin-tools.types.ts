import { z } from 'zod';
import { route } from '../../meta';
import { ZI18n } from '../model-providers/schemas/catalog.schemas';

export const listBuiltinToolsMeta = route({
  method: 'GET',
  path: '/workspaces/current/tools/builtin',
  tags: ['Tools'],
  summary: 'The built-in tool providers agents may use, with their tools and parameters',
  description: 'Every built-in provider needs no credentials here, so each is authorised for the team.',
});

const ZToolParameter = z.object({
  name: z.string(),
  label: ZI18n,
  human_description: ZI18n.optional(),
  llm_description: z.string().optional(),
  type: z.string(),
  form: z.string(),
  required: z.boolean(),
  default: z.union([z.string(), z.number(), z.boolean()]).nullable().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.object({ value: z.string(), label: ZI18n })).optional(),
  placeholder: ZI18n.optional(),
});

export const ZBuiltinToolProvider = z
  .object({
    id: z.string(),
    author: z.string(),
    name: z.string(),
    plugin_id: z.string().nullable(),
    description: ZI18n,
    icon: z.string().describe('URL of the provider icon'),
    label: ZI18n,
    type: z.string(),
    team_credentials: z.record(z.string(), z.unknown()),
    is_team_authorization: z.boolean(),
    allow_delete: z.boolean(),
    labels: z.array(z.string()),
    tools: z.array(
      z.object({
        author: z.string(),
        name: z.string(),
        label: ZI18n,
        description: ZI18n,
        parameters: z.array(ZToolParameter),
        labels: z.array(z.string()),
        output_schema: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
  })
  .meta({ id: 'BuiltinToolProvider' });

export const ZListBuiltinToolsResponse = z.array(ZBuiltinToolProvider);
