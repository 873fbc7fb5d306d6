import { describe, expect, it } from 'vitest';
import { embedSnippets, webAppPath } from './web-app-url';

describe('web app links', () => {
  it('uses the path of the app’s mode', () => {
    expect(webAppPath('chat', 'abc')).toBe('/chat/abc');
    expect(webAppPath('agent-chat', 'abc')).toBe('/chat/abc');
    expect(webAppPath('completion', 'abc')).toBe('/completion/abc');
  });

  it('embeds the chatbot page and the bubble script by the site code', () => {
    const { iframe, script } = embedSnippets('https://t.example', 'abc');
    expect(iframe).toContain('src="https://t.example/chatbot/abc"');
    expect(script).toContain("token: 'abc'");
    expect(script).toContain('src="https://t.example/embed.min.js" id="abc"');
  });
});
