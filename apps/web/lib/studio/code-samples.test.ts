import { describe, expect, it } from 'vitest';
import { codeSamples, exampleInputs } from './code-samples';

describe('codeSamples', () => {
  it('calls chat-messages with the app’s inputs for chat apps', () => {
    const samples = codeSamples({ baseUrl: 'http://x/v1', mode: 'chat', inputs: { topic: "tides' moon" } });
    expect(samples.path).toBe('/chat-messages');
    expect(samples.curl).toContain("curl -X POST 'http://x/v1/chat-messages'");
    // The single quote is escaped for the shell, so the command still runs.
    expect(samples.curl).toContain(`"topic": "tides'\\'' moon"`);
    expect(samples.javascript).toContain('"query": "Hello"');
    expect(samples.python).toContain('"http://x/v1/chat-messages"');
  });

  it('calls completion-messages without a query for completion apps', () => {
    const samples = codeSamples({ baseUrl: 'http://x/v1', mode: 'completion', inputs: {} });
    expect(samples.path).toBe('/completion-messages');
    expect(samples.javascript).not.toContain('query');
  });
});

describe('exampleInputs', () => {
  it('fills each variable by its type and leaves files out', () => {
    expect(
      exampleInputs([
        { type: 'text-input', variable: 'name', label: 'Your name' },
        { type: 'select', variable: 'tone', label: 'Tone', options: ['', 'warm'] },
        { type: 'number', variable: 'n', label: 'N' },
        { type: 'file', variable: 'doc', label: 'Doc' },
      ]),
    ).toEqual({ name: 'Your name', tone: 'warm', n: 1 });
  });
});
