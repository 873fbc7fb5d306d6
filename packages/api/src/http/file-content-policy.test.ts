import { describe, expect, it } from 'vitest';
import { contentPolicy, parseMimeType } from './file-content-policy';

const inline = (contentType: string, playsMedia = false) => ({ disposition: 'inline', contentType, playsMedia });
const download = (contentType = 'application/octet-stream') => ({ disposition: 'attachment', contentType, playsMedia: false });

describe('contentPolicy', () => {
  it('shows raster images, PDFs, audio, video and plain text in place', () => {
    expect(contentPolicy('image/png', 'a.png')).toEqual(inline('image/png'));
    expect(contentPolicy('image/jpeg', 'Photo.JPG')).toEqual(inline('image/jpeg'));
    expect(contentPolicy('image/vnd.microsoft.icon', 'favicon.ico')).toEqual(inline('image/vnd.microsoft.icon'));
    expect(contentPolicy('application/pdf', 'paper.pdf')).toEqual(inline('application/pdf'));
    expect(contentPolicy('audio/mpeg', 'song.mp3')).toEqual(inline('audio/mpeg', true));
    expect(contentPolicy('video/webm', 'clip.webm')).toEqual(inline('video/webm', true));
    expect(contentPolicy('text/plain', 'notes.txt')).toEqual(inline('text/plain; charset=utf-8'));
  });

  it('reads parameters and case, and sends inline text as text/plain with its charset', () => {
    expect(contentPolicy('Image/PNG; charset=binary', 'a.png')).toEqual(inline('image/png'));
    expect(contentPolicy('text/csv; charset="GBK"', 'table.csv')).toEqual(inline('text/plain; charset=gbk'));
    expect(contentPolicy('text/markdown', 'README.md')).toEqual(inline('text/plain; charset=utf-8'));
    expect(contentPolicy('text/plain; charset=<script>', 'a.txt')).toEqual(inline('text/plain; charset=utf-8'));
  });

  it('downloads every type a browser renders as a document', () => {
    for (const [type, name] of [
      ['text/html', 'a.html'],
      ['application/xhtml+xml', 'a.xhtml'],
      ['application/xml', 'a.xml'],
      ['Application/XML; charset=x', 'a.xml'],
      ['text/xml', 'a.xml'],
      ['text/xsl', 'a.xsl'],
      ['application/rss+xml', 'feed.rss'],
      ['application/atom+xml', 'feed.atom'],
      ['application/javascript', 'a.js'],
      ['application/json', 'a.json'],
      ['application/x-custom', 'blob.bin'],
      ['message/rfc822', 'mail.eml'],
    ]) {
      expect(contentPolicy(type!, name!), type).toEqual(download());
    }
  });

  it('downloads +xml media types, which Chromium would parse as XML', () => {
    expect(contentPolicy('audio/x-evil+xml', 'a.mp3')).toEqual(download());
    expect(contentPolicy('video/vnd.thing+xml', 'a.mp4')).toEqual(download());
  });

  it('downloads when the type and the extension disagree, or either is missing or unknown', () => {
    expect(contentPolicy('text/html', 'photo.png')).toEqual(download());
    expect(contentPolicy('image/png', 'page.html')).toEqual(download());
    expect(contentPolicy('image/png', 'no-extension')).toEqual(download());
    expect(contentPolicy('text/plain', 'a.pdf')).toEqual(download());
    expect(contentPolicy('', 'a.png')).toEqual(download());
    expect(contentPolicy('image/png/extra', 'a.png')).toEqual(download());
    expect(contentPolicy('image/png\r\nX-Evil: 1', 'a.png')).toEqual(download());
  });

  it('keeps SVG typed as an image for <img>, but never inline', () => {
    expect(contentPolicy('image/svg+xml', 'logo.svg')).toEqual(download('image/svg+xml'));
    expect(contentPolicy('IMAGE/SVG+XML; charset=utf-8', 'logo.png')).toEqual(download('image/svg+xml'));
  });

  it('downloads whatever the caller asks to download', () => {
    expect(contentPolicy('application/pdf', 'paper.pdf', 'attachment')).toEqual(download());
    expect(contentPolicy('image/png', 'a.png', 'attachment')).toEqual(download());
  });
});

describe('parseMimeType', () => {
  it('lower-cases the essence and finds a quoted or bare charset', () => {
    expect(parseMimeType(' Text/Plain ; Charset="UTF-8"')).toEqual({ essence: 'text/plain', charset: 'utf-8' });
    expect(parseMimeType('text/plain;format=flowed;charset=iso-8859-1')).toEqual({ essence: 'text/plain', charset: 'iso-8859-1' });
    expect(parseMimeType('not a type')).toEqual({ essence: '' });
  });
});
