import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../http/client-address';
import { frameAncestorsFor, framePolicyFromEnv } from './frame-policy';
import { createNodeListener } from './node-listener';

describe('framePolicyFromEnv', () => {
  it('lets any site frame the embeddable web app by default', () => {
    expect(framePolicyFromEnv({}).embedAncestors).toEqual(['*']);
  });

  it('reads a list of origins, comma or space separated, without trailing slashes', () => {
    const policy = framePolicyFromEnv({ WEB_APP_FRAME_ANCESTORS: 'https://a.example/, https://b.example  https://c.example' });
    expect(policy.embedAncestors).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
  });

  it('turns framing off with none', () => {
    expect(framePolicyFromEnv({ WEB_APP_FRAME_ANCESTORS: 'none' }).embedAncestors).toEqual(["'none'"]);
  });

  it('applies the list to /chatbot pages only', () => {
    const policy = framePolicyFromEnv({ WEB_APP_FRAME_ANCESTORS: 'https://a.example' });
    expect(frameAncestorsFor('/chatbot/abc', policy)).toEqual(['https://a.example']);
    expect(frameAncestorsFor('/chat/abc', policy)).toEqual(["'none'"]);
    expect(frameAncestorsFor('/apps', policy)).toEqual(["'none'"]);
    expect(frameAncestorsFor('/chatbotx', policy)).toEqual(["'none'"]);
  });
});

describe('page headers from the Node listener', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function headersOf(path: string, env: Record<string, string>): Promise<Headers> {
    const listener = createNodeListener({
      handle: async () => new Response('api'),
      config: { trustedProxies: parseTrustedProxies(undefined), port: 0 },
      pages: { handle: (_req, res) => res.end('page'), dev: false },
      framing: framePolicyFromEnv(env),
    });
    server = createServer(listener);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    await response.text();
    return response.headers;
  }

  it('lets configured sites frame /chatbot and keeps the console unframeable', async () => {
    const embed = await headersOf('/chatbot/Code123', { WEB_APP_FRAME_ANCESTORS: 'https://shop.example' });
    expect(embed.get('content-security-policy')).toMatch(/frame-ancestors https:\/\/shop\.example(;|$)/);
    expect(embed.get('x-frame-options')).toBeNull();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;

    const consolePage = await headersOf('/apps', { WEB_APP_FRAME_ANCESTORS: 'https://shop.example' });
    expect(consolePage.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(consolePage.get('x-frame-options')).toBe('DENY');
  });

  it('keeps the full chat page unframeable', async () => {
    const chat = await headersOf('/chat/Code123', {});
    expect(chat.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(chat.get('x-frame-options')).toBe('DENY');
  });
});
