import { type ModelFeature } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { describeFileInput, type DescribedFile, isUsableEntry, validationFailed } from './describe-file-input';
import { type FileOwner } from './file-owner';
import { appFileRules, fitsRules } from './file-rules';
import { readableTypes, type RequestFile, toRequestFile } from './prompt-file-content';

export interface RequestFilesInput {
  /** The app's `file_upload` feature (its model configuration's, or a workflow's features). */
  fileUpload: unknown;
  /** Who sends the request: their own uploads and the workspace's operator uploads are usable. */
  owner: FileOwner;
  /** The request's `files`, as sent. */
  files: unknown;
  /**
   * The answering model's features: content is loaded only for files it can read (`vision` for
   * images, `document`, `audio`, `video`). Omitted, every file but `custom` gets its content.
   */
  modelFeatures?: readonly ModelFeature[];
}

const invalid = (message: string) => errors.invalidParam(message);

/**
 * The files of a chat or completion request (contract §4.2), checked and ready for the model.
 *
 * - With the app's file upload off, files are ignored (`[]`), as Dify does.
 * - Entries without `transfer_method`, and `remote_url` ones without a URL, are dropped.
 * - `local_file` ids must be UUIDs of uploads the owner may use (`Invalid upload file id format`,
 *   `Invalid upload file`): an end user's own uploads and the workspace operators'.
 * - `remote_url` links are checked with a HEAD through the SSRF guard (name, size, type); a refused
 *   address is a 400.
 * - Each file must fit the app's types, extensions and transfer methods (`File validation failed for
 *   file: <name>`), and the count its limits. Every failure is 400 `invalid_param` with Dify's message.
 *
 * Files the model can read carry their bytes (base64) or a link (MULTIMODAL_SEND_FORMAT=url). The
 * result is `PromptFile[]` for `filesAsContentParts`, with what a message_files row needs beside it.
 */
export async function resolveRequestFiles(deps: AppDeps, input: RequestFilesInput): Promise<RequestFile[]> {
  const rules = appFileRules(input.fileUpload);
  if (!rules || !Array.isArray(input.files)) return [];
  const entries = input.files.filter(isUsableEntry);
  // Counted before any look-up, so an oversized list costs no HEAD requests (Dify counts afterwards).
  if (rules.numberLimit !== null && entries.length > rules.numberLimit) {
    throw invalid(`Number of files exceeds the maximum limit ${rules.numberLimit}`);
  }
  const described: DescribedFile[] = [];
  for (const entry of entries) {
    const file = await describeFileInput(deps, input.owner, rules, entry);
    if (!fitsRules(rules, file)) throw validationFailed(file.filename);
    described.push(file);
  }
  const readable = readableTypes(input.modelFeatures);
  const files: RequestFile[] = [];
  for (const file of described) files.push(await toRequestFile(deps, file, readable.has(file.type)));
  return files;
}
