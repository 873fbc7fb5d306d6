import { ConfigValidationError } from '../../errors';
import { isRecord, pyList, type JsonRecord } from '../../json';
import { FILE_TYPES } from '../user-input-form';

const IMAGE_METHODS = ['remote_url', 'local_file'];
const UPLOAD_METHODS = ['remote_url', 'local_file', 'tool_file'];

export function validateFileUpload(config: JsonRecord): void {
  if (!config.file_upload) config.file_upload = {};
  const upload = config.file_upload;
  if (!isRecord(upload)) fail('file_upload must be of dict type');
  if (!upload.image) upload.image = { enabled: false };
  const image = upload.image;
  if (!isRecord(image)) fail('file_upload must be of dict type');
  if (image.enabled) {
    const limit = image.number_limits;
    if (typeof limit !== 'number' || limit < 1 || limit > 6) fail('number_limits must be in [1, 6]');
    if (image.detail !== 'high' && image.detail !== 'low') fail("detail must be in ['high', 'low']");
    if (!Array.isArray(image.transfer_methods)) fail('transfer_methods must be of list type');
    for (const method of image.transfer_methods) {
      if (!IMAGE_METHODS.includes(method as string)) fail(`transfer_methods must be in ${pyList(IMAGE_METHODS)}`);
    }
  }
  checkList(upload, 'allowed_file_types', FILE_TYPES);
  checkList(upload, 'allowed_file_upload_methods', UPLOAD_METHODS);
  if (upload.number_limits !== undefined && (typeof upload.number_limits !== 'number' || upload.number_limits < 1)) {
    fail('number_limits must be a positive integer');
  }
}

function checkList(upload: JsonRecord, key: string, allowed: readonly string[]): void {
  const values = upload[key];
  if (values === undefined || values === null) return;
  if (!Array.isArray(values)) fail(`${key} must be of list type`);
  for (const value of values) if (!allowed.includes(value as string)) fail(`${key} must be in ${pyList(allowed)}`);
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
