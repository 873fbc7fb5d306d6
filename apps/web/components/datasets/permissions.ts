/** Dify's roles that may create and edit knowledge (editors and dataset operators too). */
export const canEditDatasets = (role: string | undefined) => role === 'owner' || role === 'admin' || role === 'editor' || role === 'dataset_operator';
