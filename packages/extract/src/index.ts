export { extractText, type ExtractTextInput } from './extract-text';
export { DOCUMENT_EXTENSIONS, isDocumentExtension, normalizeExtension } from './extensions';
export { DocumentExtractionError, UnsupportedDocumentError } from './errors';
