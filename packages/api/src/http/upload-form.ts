import { type AppError, errors, findAppError } from '../errors';
import { readBodyLimited } from './body';
import { assertNoNulCharacters } from './nul-characters';
import { multipartBoundary, MultipartError, parseMultipart } from './multipart';

/**
 * Reading the multipart uploads of every surface (console, web app, Service API): the body is
 * refused on its declared length, then read with a byte cap, so no client can make the server
 * buffer more than the largest file allowed plus the form's own overhead.
 */

export interface UploadedFilePart {
  field: string;
  filename: string;
  contentType?: string;
  data: Uint8Array;
}

export interface UploadForm {
  files: UploadedFilePart[];
  /** Text fields, first value of each name. */
  fields: Record<string, string>;
}

/** Room for the boundaries, part headers and small text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MB = 1024 * 1024;

function bodyTooLarge(maxFileBytes: number): AppError {
  return errors.payloadTooLarge('file_too_large', `File size exceeded. The largest upload allowed is ${Math.floor(maxFileBytes / MB)} MB.`);
}

export async function readUploadForm(req: Request, maxFileBytes: number): Promise<UploadForm> {
  // No prototype, so a field named `__proto__` or `constructor` is just a field.
  const form: UploadForm = { files: [], fields: Object.create(null) as Record<string, string> };
  const boundary = multipartBoundary(req.headers.get('content-type') ?? '');
  if (!boundary) {
    await req.body?.cancel();
    return form;
  }
  let body: Uint8Array;
  try {
    body = await readBodyLimited(req, maxFileBytes + FORM_OVERHEAD_BYTES);
  } catch (error) {
    if (findAppError(error)?.appCode === 'request_entity_too_large') throw bodyTooLarge(maxFileBytes);
    throw error;
  }
  let parts;
  try {
    parts = parseMultipart(body, boundary);
  } catch (error) {
    if (error instanceof MultipartError) throw errors.badRequest('bad_request', `The form could not be read: ${error.message}`);
    throw error;
  }
  const decoder = new TextDecoder();
  for (const part of parts) {
    if (part.filename !== undefined) {
      form.files.push({ field: part.name, filename: part.filename, contentType: part.contentType, data: part.data });
    } else if (!Object.hasOwn(form.fields, part.name)) {
      form.fields[part.name] = decoder.decode(part.data);
    }
  }
  assertNoNulCharacters({ fields: form.fields, filenames: form.files.map((file) => file.filename) });
  return form;
}

/**
 * The one file of an upload form, in `field`, with Dify's errors: none, more than one, or a file
 * part without a name.
 */
export function takeSingleFile(form: UploadForm, field = 'file'): UploadedFilePart {
  const file = form.files.find((candidate) => candidate.field === field);
  if (!file) throw errors.badRequest('no_file_uploaded', 'Please upload your file.');
  if (form.files.length > 1) throw errors.badRequest('too_many_files', 'Only one file is allowed.');
  if (!file.filename) throw errors.badRequest('filename_not_exists_error', 'The specified filename does not exist.');
  return file;
}
