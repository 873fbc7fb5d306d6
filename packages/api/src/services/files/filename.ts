import { errors } from '../../errors';

const INVALID_CHARACTERS = /[/\\:*?"<>|]/;
const MAX_NAME_LENGTH = 200;

/**
 * The extension as Python's `os.path.splitext` finds it, lower case and without the dot:
 * `Report.PDF` → `pdf`, `a.tar.gz` → `gz`, `.bashrc` → `` (leading dots are part of the name).
 */
export function fileExtension(filename: string): string {
  const stem = filename.replace(/^\.+/, '');
  const dot = stem.lastIndexOf('.');
  return dot < 0 ? '' : stem.slice(dot + 1).toLowerCase();
}

/** 400 `invalid_param` for names that carry a path separator or a character Windows forbids. */
export function assertValidFilename(filename: string): void {
  if (INVALID_CHARACTERS.test(filename)) {
    throw errors.invalidParam('Filename contains invalid characters');
  }
}

/**
 * Names over 200 characters keep what precedes the first dot, cut to 200 characters, plus the
 * extension (Dify's rule). Counted in code points so a cut never splits a character.
 */
export function truncateFilename(filename: string, extension: string): string {
  if ([...filename].length <= MAX_NAME_LENGTH) return filename;
  const head = [...(filename.split('.')[0] ?? '')].slice(0, MAX_NAME_LENGTH).join('');
  return extension ? `${head}.${extension}` : head;
}
