import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { resolvePublicUrls } from '../../http/public-urls';
import { computeSignature, signedFilePreviewUrl, signedImagePreviewUrl, signQuery, verifySignedQuery } from './signed-url';

const ID = '11111111-2222-3333-4444-555555555555';

function depsAt(seconds: number) {
  const config = loadConfig({ ...process.env, SECRET_KEY: 'test-secret-key-0123456789abcdef', FILES_URL: 'https://files.example.com/' }, { dataDir: '/nonexistent' });
  return { config, urls: resolvePublicUrls(config.publicUrls, 'http://localhost:3000'), now: () => new Date(seconds * 1000) };
}

describe('signed file URLs', () => {
  it("matches Dify's HMAC: base64url with the padding kept", () => {
    // Expected values computed with Python: base64.urlsafe_b64encode(hmac.new(key, msg, sha256).digest())
    expect(computeSignature('test-secret-key-0123456789abcdef', 'file-preview', ID, '1700000000', '00112233445566778899aabbccddeeff')).toBe(
      'G7d4WB2O6G90jWThnAwlWJMmKoghLPuDWA3Qs_mEcyE=',
    );
    expect(computeSignature('kéy', 'image-preview', 'abc', '1', 'n')).toBe('K-hy5uIbHaJCFbSuZwTiX0jW6aXBNtYHOIJ-rf8Xw4c=');
  });

  it('builds the file-preview URL on FILES_URL with a 32-hex nonce and the current timestamp', () => {
    const deps = depsAt(1_700_000_000);
    const url = new URL(signedFilePreviewUrl(deps, ID, { asAttachment: true }));
    expect(`${url.origin}${url.pathname}`).toBe(`https://files.example.com/files/${ID}/file-preview`);
    expect(url.searchParams.get('timestamp')).toBe('1700000000');
    expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f]{32}$/);
    expect(url.searchParams.get('sign')).toMatch(/^[A-Za-z0-9_-]{43}=$/);
    expect(url.searchParams.get('as_attachment')).toBe('true');
    expect(url.search).toContain('%3D');
    const query = Object.fromEntries(url.searchParams);
    expect(verifySignedQuery(deps, 'file-preview', ID, query)).toBe(true);
    expect(new URL(signedImagePreviewUrl(deps, ID)).pathname).toBe(`/files/${ID}/image-preview`);
  });

  it('accepts a URL until FILES_ACCESS_TIMEOUT seconds have passed, and no longer', () => {
    const query = signQuery(depsAt(1000), 'file-preview', ID);
    expect(verifySignedQuery(depsAt(1300), 'file-preview', ID, query)).toBe(true);
    expect(verifySignedQuery(depsAt(1301), 'file-preview', ID, query)).toBe(false);
    expect(verifySignedQuery(depsAt(900), 'file-preview', ID, query)).toBe(true);
  });

  it('refuses any change to the id, purpose, timestamp, nonce or signature', () => {
    const deps = depsAt(1000);
    const query = signQuery(deps, 'file-preview', ID);
    const other = '11111111-2222-3333-4444-555555555556';
    expect(verifySignedQuery(deps, 'file-preview', other, query)).toBe(false);
    expect(verifySignedQuery(deps, 'image-preview', ID, query)).toBe(false);
    expect(verifySignedQuery(deps, 'file-preview', ID, { ...query, timestamp: '999' })).toBe(false);
    expect(verifySignedQuery(deps, 'file-preview', ID, { ...query, timestamp: ` ${query.timestamp}` })).toBe(false);
    expect(verifySignedQuery(deps, 'file-preview', ID, { ...query, nonce: `${query.nonce}0` })).toBe(false);
    expect(verifySignedQuery(deps, 'file-preview', ID, { ...query, sign: query.sign.replace(/=$/, '') })).toBe(false);
    expect(verifySignedQuery(deps, 'file-preview', ID, { ...query, sign: `${query.sign}=` })).toBe(false);
    expect(verifySignedQuery(deps, 'file-preview', ID, { ...query, sign: undefined })).toBe(false);
    const otherKey = { ...deps, config: { ...deps.config, secretKey: 'another-key' } };
    expect(verifySignedQuery(otherKey, 'file-preview', ID, query)).toBe(false);
  });
});
