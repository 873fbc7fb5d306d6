import { describe, expect, it } from 'vitest';
import { assertValidFilename, fileExtension, truncateFilename } from './filename';
import { guessMimeType } from './mime-types';
import { largestUploadBytes, sizeLimitMb } from './upload-limits';
import { loadConfig } from '../../config';

describe('upload file names', () => {
  it('finds the extension the way os.path.splitext does, lower case without the dot', () => {
    expect(fileExtension('Report.PDF')).toBe('pdf');
    expect(fileExtension('archive.tar.gz')).toBe('gz');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('..hidden.TXT')).toBe('txt');
    expect(fileExtension('README')).toBe('');
    expect(fileExtension('trailing.')).toBe('');
  });

  it('refuses path separators and characters Windows forbids', () => {
    for (const c of ['/', '\\', ':', '*', '?', '"', '<', '>', '|']) {
      expect(() => assertValidFilename(`a${c}b.txt`)).toThrow('Filename contains invalid characters');
    }
    expect(() => assertValidFilename('ok name (1) [x] #2.txt')).not.toThrow();
  });

  it('cuts names over 200 characters to what precedes the first dot, plus the extension', () => {
    expect(truncateFilename('short.txt', 'txt')).toBe('short.txt');
    const exactly200 = `${'a'.repeat(196)}.txt`;
    expect(truncateFilename(exactly200, 'txt')).toBe(exactly200);
    expect(truncateFilename(`${'b'.repeat(250)}.v2.PDF`, 'pdf')).toBe(`${'b'.repeat(200)}.pdf`);
    expect(truncateFilename(`${'文'.repeat(150)}.${'x'.repeat(60)}.md`, 'md')).toBe(`${'文'.repeat(150)}.md`);
    expect(truncateFilename('c'.repeat(300), '')).toBe('c'.repeat(200));
  });

  it('guesses MIME types and picks the size class by extension', () => {
    expect(guessMimeType('pdf')).toBe('application/pdf');
    expect(guessMimeType('PNG')).toBe('image/png');
    expect(guessMimeType('weird')).toBe('application/octet-stream');
    const { upload } = loadConfig({ ...process.env, SECRET_KEY: 'k' }, { dataDir: '/nonexistent' });
    expect(sizeLimitMb(upload, 'png')).toBe(10);
    expect(sizeLimitMb(upload, 'mp4')).toBe(100);
    expect(sizeLimitMb(upload, 'mp3')).toBe(50);
    expect(sizeLimitMb(upload, 'pdf')).toBe(15);
    expect(sizeLimitMb(upload, '')).toBe(15);
    expect(largestUploadBytes(upload)).toBe(100 * 1024 * 1024);
  });
});
