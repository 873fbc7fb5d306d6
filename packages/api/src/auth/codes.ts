import { timingSafeEqual } from 'node:crypto';
import { passwordCandidates } from './passwords';

/**
 * Whether a submitted mail code matches the issued one. Clients since Dify 1.11.2 send the code
 * Base64-encoded and older ones send it plain, so both forms are tried; the comparison takes the
 * same time wherever the digits differ.
 */
export function codeMatches(issued: string | null | undefined, submitted: string): boolean {
  if (!issued) return false;
  const expected = Buffer.from(issued);
  let matched = false;
  for (const candidate of passwordCandidates(submitted.trim())) {
    const given = Buffer.from(candidate.trim());
    if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
  }
  return matched;
}
