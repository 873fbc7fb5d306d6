import { type UploadFile } from '@tessera/db';
import { findSignedUpload } from '../../data/unscoped';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type SignaturePurpose, type SignedQuery, verifySignedQuery } from './signed-url';

export const invalidSignature = () => errors.notFound('not_found', 'File not found or signature is invalid');

/**
 * The upload a signed URL points at. A wrong, expired or tampered signature and an unknown file
 * answer alike, so a caller learns nothing about which ids exist.
 */
export async function findSignedUploadFile(
  deps: AppDeps,
  purpose: SignaturePurpose,
  fileId: string,
  query: Partial<SignedQuery>,
): Promise<UploadFile> {
  if (!verifySignedQuery(deps, purpose, fileId, query)) throw invalidSignature();
  const file = await findSignedUpload(deps.db, fileId);
  if (!file) throw invalidSignature();
  return file;
}
