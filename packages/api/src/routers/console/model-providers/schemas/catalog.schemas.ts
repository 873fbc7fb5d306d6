import { z } from 'zod';
import { MODEL_TYPES } from '@tessera/model-runtime';

export const ZI18n = z.object({ en_US: z.string(), zh_Hans: z.string().optional() }).meta({ id: 'I18nObject' });
export const ZIconUrls = z.object({ en_US: z.string(), zh_Hans: z.string() });
export const zModelTypeName = z.enum(MODEL_TYPES);

const ZShowOn = z.object({ variable: z.string(), value: z.string() });

export const ZCredentialFormSchema = z
  .object({
    variable: z.string(),
    label: ZI18n,
    type: z.string(),
    required: z.boolean(),
    default: z.string().nullable().optional(),
    options: z.array(z.object({ value: z.string(), label: ZI18n, show_on: z.array(ZShowOn).optional() })).optional(),
    placeholder: ZI18n.optional(),
    max_length: z.number().optional(),
    show_on: z.array(ZShowOn).optional(),
  })
  .meta({ id: 'CredentialFormSchema' });

export const ZParameterRule = z
  .object({
    name: z.string(),
    use_template: z.string().optional(),
    label: ZI18n,
    type: z.string(),
    help: ZI18n.optional(),
    required: z.boolean(),
    default: z.union([z.number(), z.string(), z.boolean()]).nullable().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    precision: z.number().optional(),
    options: z.array(z.string()).optional(),
  })
  .meta({ id: 'ParameterRule' });

export const ZModelProperties = z
  .object({
    mode: z.string().optional(),
    context_size: z.number().optional(),
    max_chunks: z.number().optional(),
    max_characters_per_chunk: z.number().optional(),
    default_voice: z.string().optional(),
    voices: z.array(z.object({ mode: z.string(), name: z.string(), language: z.array(z.string()).optional() })).optional(),
    audio_type: z.string().optional(),
    file_upload_limit: z.number().optional(),
    supported_file_extensions: z.string().optional(),
  })
  .meta({ id: 'ModelProperties' });
