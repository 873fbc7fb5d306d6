import { describe, expect, it } from 'vitest';
import { decideUrl } from './decide-url';
import { createPolicy } from './policy';

describe('decideUrl', () => {
  it.each([
    'http://2130706433/',
    'http://0x7f.1/',
    'http://127.1/',
    'http://0177.0.0.1/',
    'http://0x7f000001/',
    'http://127.0.1/',
    'http://127.0.0.1./',
    'http://①②⑦.0.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::1]:8080/',
  ])('refuses %s as loopback: URL parsing normalises the host before it is judged', (url) => {
    expect(decideUrl(url)).toMatchObject({ allowed: false, reason: 'loopback' });
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'cloud_metadata'],
    ['http://[fd00:ec2::254]/latest/meta-data/', 'cloud_metadata'],
    ['http://100.100.100.200/latest/meta-data/', 'cloud_metadata'],
    ['http://0/', 'this_network'],
    ['http://[::]/', 'unspecified'],
    ['https://10.1.2.3/', 'private'],
    ['http://[fe80::1]/', 'link_local'],
    ['http://[2002:c0a8:101::]/', 'private'],
  ])('refuses %s as %s', (url, reason) => {
    expect(decideUrl(url)).toMatchObject({ allowed: false, reason });
  });

  it.each([
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata_host_name'],
    ['http://METADATA.Google.Internal./computeMetadata/v1/', 'metadata_host_name'],
    ['http://metadata/computeMetadata/v1/', 'metadata_host_name'],
    ['http://metadata.goog/', 'metadata_host_name'],
    ['http://instance-data/latest/', 'metadata_host_name'],
    ['http://localhost:3000/', 'local_host_name'],
    ['http://LOCALHOST./', 'local_host_name'],
    ['http://app.localhost/', 'local_host_name'],
  ])('refuses %s by name, before any lookup', (url, reason) => {
    expect(decideUrl(url)).toMatchObject({ allowed: false, reason });
  });

  it.each(['ftp://example.com/file', 'file:///etc/passwd', 'gopher://example.com/', 'data:text/plain,hi', 'javascript:alert(1)', 'ws://example.com/'])(
    'refuses the scheme of %s',
    (url) => {
      expect(decideUrl(url)).toMatchObject({ allowed: false, reason: 'unsupported_scheme' });
    },
  );

  it.each(['http://user:secret@example.com/', 'http://user@example.com/', 'https://:secret@example.com/'])('refuses credentials in %s', (url) => {
    expect(decideUrl(url)).toMatchObject({ allowed: false, reason: 'credentials_in_url' });
  });

  it.each(['not a url', '', 'http://', 'http://exa mple.com/'])('refuses %j, which is not a URL', (url) => {
    expect(decideUrl(url)).toMatchObject({ allowed: false, reason: 'invalid_url' });
  });

  it('lets public names and addresses through, with where they lead', () => {
    expect(decideUrl('https://Example.COM./path?q=1')).toMatchObject({ allowed: true, host: 'example.com', port: 443, trustedHost: false });
    expect(decideUrl('https://example.com/')).not.toHaveProperty('address');
    expect(decideUrl('http://8.8.8.8:8080/')).toMatchObject({ allowed: true, host: '8.8.8.8', port: 8080, address: '8.8.8.8' });
    expect(decideUrl(new URL('http://[2606:4700:4700::1111]/'))).toMatchObject({ allowed: true, host: '2606:4700:4700::1111', port: 80 });
  });
});

describe('decideUrl with allowed hosts', () => {
  const policy = createPolicy({
    allowedHosts: ['intranet.corp:8080', 'localhost:3000', '127.0.0.1:9000', '*.lab.example', 'metadata.google.internal', '[fd00::5]'],
    deniedCidrs: ['127.0.0.0/8'],
  });

  it('trusts a listed host on its listed port only', () => {
    expect(decideUrl('http://intranet.corp:8080/wiki', policy)).toMatchObject({ allowed: true, trustedHost: true });
    expect(decideUrl('http://intranet.corp/wiki', policy)).toMatchObject({ allowed: true, trustedHost: false });
    expect(decideUrl('http://localhost:3000/', policy)).toMatchObject({ allowed: true, trustedHost: true });
    expect(decideUrl('http://localhost:3001/', policy)).toMatchObject({ allowed: false, reason: 'local_host_name' });
  });

  it('matches names below a wildcard, not the name itself or look-alikes', () => {
    expect(decideUrl('https://wiki.lab.example/', policy)).toMatchObject({ trustedHost: true });
    expect(decideUrl('https://a.b.lab.example/', policy)).toMatchObject({ trustedHost: true });
    expect(decideUrl('https://lab.example/', policy)).toMatchObject({ trustedHost: false });
    expect(decideUrl('https://evillab.example/', policy)).toMatchObject({ trustedHost: false });
  });

  it('opens a metadata name only when the operator lists it', () => {
    expect(decideUrl('http://metadata.google.internal/', policy)).toMatchObject({ allowed: true, trustedHost: true });
    expect(decideUrl('http://metadata/', policy)).toMatchObject({ allowed: false, reason: 'metadata_host_name' });
  });

  it('trusts a listed address in whatever spelling the URL uses', () => {
    expect(decideUrl('http://[fd00::5]/', policy)).toMatchObject({ allowed: true, address: 'fd00::5' });
    expect(decideUrl('http://[fd00::6]/', policy)).toMatchObject({ allowed: false, reason: 'unique_local' });
  });

  it('still refuses denied ranges for listed hosts', () => {
    expect(decideUrl('http://127.0.0.1:9000/', policy)).toMatchObject({ allowed: false, reason: 'denied_by_operator' });
    expect(decideUrl('http://2130706433:9000/', policy)).toMatchObject({ allowed: false, reason: 'denied_by_operator' });
  });
});
