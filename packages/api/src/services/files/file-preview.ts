import { DocumentExtractionError, extractText, isDocumentExtension, UnsupportedDocumentError } from '@tessera/extract';
import { FileNotFoundError } from '@tessera/storage';
import { type Actor } from '../../callers';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { unsupportedFileType } from './upload-file';

/** Dify's PREVIEW_WORDS_LIMIT: the preview is the first 3000 characters of the text. */
export const PREVIEW_CHARACTER_LIMIT = 3000;

const fileNotFound = () => errors.notFound('not_found', 'File not found');

function firstCharacters(text: string, limit: number): string {
  let out = '';
  let count = 0;
  for (const character of text) {
    if (count++ === limit) break;
    out += character;
  }
  return out;
}

/** The start of a document upload's text, for the knowledge-base upload preview. */
export async function previewUploadFileText(deps: AppDeps, actor: Actor, fileId: string): Promise<string> {
  const file = await uploadFilesStore(deps.db, actor.workspaceId).find(fileId);
  if (!file) throw fileNotFound();
  if (!isDocumentExtension(file.extension)) throw unsupportedFileType();
  let data: Uint8Array;
  try {
    data = await deps.storage.get(file.key);
  } catch (error) {
    if (error instanceof FileNotFoundError) throw fileNotFound();
    throw error;
  }
  try {
    const text = await extractText({ data, extension: file.extension, mimeType: file.mimeType });
    return firstCharacters(text, PREVIEW_CHARACTER_LIMIT);
  } catch (error) {
    if (error instanceof UnsupportedDocumentError) throw unsupportedFileType();
    if (error instanceof DocumentExtractionError) {
      throw errors.badRequest('bad_request', `The file could not be read as a .${file.extension} document.`);
    }
    throw error;
  }
}
