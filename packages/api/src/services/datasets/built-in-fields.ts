/** Dify's built-in document metadata fields, shown when a dataset switches them on. */
export const BUILT_IN_FIELDS = [
  { name: 'document_name', type: 'string' },
  { name: 'uploader', type: 'string' },
  { name: 'upload_date', type: 'time' },
  { name: 'last_update_date', type: 'time' },
  { name: 'source', type: 'string' },
] as const;

export const BUILT_IN_NAMES: readonly string[] = BUILT_IN_FIELDS.map((f) => f.name);
