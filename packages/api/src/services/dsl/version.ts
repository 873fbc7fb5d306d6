/** The DSL version Tessera writes, and the one it reads without warnings (Dify 1.12's). */
export const CURRENT_DSL_VERSION = '0.5.0';

export type ImportStatus = 'completed' | 'completed-with-warnings' | 'pending' | 'failed';

interface ParsedVersion {
  major: number;
  minor: number;
  micro: number;
  /** Pre-releases sort before the release they precede (0.5.0rc1 < 0.5.0). */
  pre: boolean;
}

// A PEP 440 release segment with optional pre/post/dev parts, which is what Dify's parser accepts.
const VERSION = /^\s*v?(\d+)((?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?(?:[-_.]?(post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?\d*)?\s*$/i;

export function parseVersion(text: string): ParsedVersion | null {
  const match = VERSION.exec(text);
  if (!match) return null;
  const rest = (match[2] ?? '').split('.').filter(Boolean).map(Number);
  return { major: Number(match[1]), minor: rest[0] ?? 0, micro: rest[1] ?? 0, pre: Boolean(match[3]) || /dev/i.test(text) };
}

function compare(a: ParsedVersion, b: ParsedVersion): number {
  return a.major - b.major || a.minor - b.minor || a.micro - b.micro || Number(b.pre) - Number(a.pre);
}

/**
 * Dify's rule (contract §2.8): newer or an older major waits for confirmation, an older minor
 * imports with warnings, the same minor imports cleanly, and an unparseable version fails.
 */
export function checkVersionCompatibility(imported: string, current = CURRENT_DSL_VERSION): ImportStatus {
  const mine = parseVersion(current);
  const theirs = parseVersion(imported);
  if (!mine || !theirs) return 'failed';
  if (compare(theirs, mine) > 0) return 'pending';
  if (theirs.major < mine.major) return 'pending';
  if (theirs.minor < mine.minor) return 'completed-with-warnings';
  return 'completed';
}
