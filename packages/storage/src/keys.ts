import { InvalidFileKeyError } from './file-store';

/**
 * Checks that a key is a relative path that stays inside the store, and returns its segments.
 * Backslashes count as separators so a key cannot smuggle `..\` past the check on any platform.
 */
export function keySegments(key: string): string[] {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidFileKeyError(String(key), 'the key is empty');
  if (key.includes('\0')) throw new InvalidFileKeyError(key, 'the key contains a NUL character');
  if (/^[\\/]/.test(key) || /^[a-zA-Z]:/.test(key)) {
    throw new InvalidFileKeyError(key, 'absolute paths are not allowed');
  }
  const segments = key.split(/[\\/]/);
  for (const segment of segments) {
    if (segment === '..' || segment === '.') {
      throw new InvalidFileKeyError(key, `the segment "${segment}" is not allowed`);
    }
    if (segment === '') throw new InvalidFileKeyError(key, 'empty path segments are not allowed');
  }
  return segments;
}
