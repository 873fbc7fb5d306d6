import { z } from 'zod';

/** The variable types a prompt app's form may hold (contract §4.3), in Dify's spelling. */
export const INPUT_VARIABLE_TYPES = [
  'text-input',
  'paragraph',
  'select',
  'number',
  'file',
  'file-list',
  'checkbox',
  'json_object',
  'external_data_tool',
] as const;
export type InputVariableType = (typeof INPUT_VARIABLE_TYPES)[number];

export const FILE_TYPES = ['image', 'document', 'audio', 'video', 'custom'] as const;
export const TRANSFER_METHODS = ['remote_url', 'local_file', 'tool_file', 'datasource_file'] as const;

const ZDefaultValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.unknown()),
  z.record(z.string(), z.unknown()),
]);

/** One field of the form; the console keeps UI-only keys (hide, description …), so unknown keys survive. */
export const ZFormField = z
  .looseObject({
    label: z.string(),
    variable: z.string(),
    required: z.boolean().optional(),
    max_length: z.number().int().nullable().optional(),
    default: ZDefaultValue.nullable().optional(),
    options: z.array(z.string()).optional(),
    hide: z.boolean().optional(),
    description: z.string().nullable().optional(),
    allowed_file_types: z.array(z.enum(FILE_TYPES)).optional(),
    allowed_file_extensions: z.array(z.string()).optional(),
    allowed_file_upload_methods: z.array(z.enum(TRANSFER_METHODS)).optional(),
    json_schema: z.union([z.string(), z.record(z.string(), z.unknown())]).nullable().optional(),
    /** external_data_tool only: the extension type and its settings. */
    type: z.string().optional(),
    config: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'UserInputFormField' });
export type TFormField = z.infer<typeof ZFormField>;

/**
 * Dify's "old structure": each item is an object with exactly one key, the variable type, whose value is the
 * field. Written out as one strict object per type so OpenAPI documents show every variant.
 */
export const ZUserInputFormItem = z
  .union(INPUT_VARIABLE_TYPES.map((type) => z.strictObject({ [type]: ZFormField })) as unknown as [
    z.ZodType<Partial<Record<InputVariableType, TFormField>>>,
    z.ZodType<Partial<Record<InputVariableType, TFormField>>>,
  ])
  .meta({ id: 'UserInputFormItem' });
export type TUserInputFormItem = Partial<Record<InputVariableType, TFormField>>;

export const ZUserInputForm = z.array(ZUserInputFormItem);
export type TUserInputForm = TUserInputFormItem[];

/** A form field with its type beside it: what request-time validation and prompts work on. */
export interface FormVariable extends TFormField {
  kind: InputVariableType;
  required: boolean;
}

export function formVariables(form: TUserInputForm): FormVariable[] {
  return form.flatMap((item) => {
    const kind = Object.keys(item)[0] as InputVariableType | undefined;
    const field = kind ? item[kind] : undefined;
    return kind && field ? [{ ...field, kind, required: field.required === true }] : [];
  });
}
