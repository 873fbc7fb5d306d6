import { isRecord } from '../json';

export interface ReactAction {
  name: string;
  input: unknown;
}

export type ReactSegment = { kind: 'text'; text: string } | { kind: 'action'; action: ReactAction };

/** `{"action": …, "action_input": …}` (action_input may be left out by sloppy models), or nothing. */
export function parseAction(text: string): ReactAction | undefined {
  try {
    const value: unknown = JSON.parse(text.trim());
    if (isRecord(value) && typeof value.action === 'string') return { name: value.action, input: value.action_input ?? {} };
  } catch {
    return undefined;
  }
  return undefined;
}

/** The body of a fenced block, without the language tag line (```json). */
function fenceBody(block: string): string {
  return block.replace(/^[a-zA-Z]+[ \t]*\r?\n/, '');
}

/**
 * Reads a ReAct model's streamed text and splits it into plain text and actions, character by character so
 * it works however the deltas are cut: a JSON blob found in a ``` fence or standing bare in the text is an
 * action when it has an "action" key; anything else stays text. Braces inside JSON strings are understood,
 * so `{"action_input": "a } b"}` is one blob.
 */
export class ReactOutputParser {
  private mode: 'text' | 'json' | 'fence' = 'text';
  private text = '';
  private backticks = 0;
  private json = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private fence = '';

  push(delta: string): ReactSegment[] {
    const out: ReactSegment[] = [];
    for (const char of delta) this.step(char, out);
    this.flushText(out);
    return out;
  }

  end(): ReactSegment[] {
    const out: ReactSegment[] = [];
    if (this.backticks > 0) this.text += '`'.repeat(this.backticks);
    this.backticks = 0;
    if (this.mode === 'json') this.emitBlob(this.json, this.json, out);
    if (this.mode === 'fence') this.emitBlob(fenceBody(this.fence.replace(/`+$/, '')), `\`\`\`${this.fence}`, out);
    this.mode = 'text';
    this.flushText(out);
    return out;
  }

  private step(char: string, out: ReactSegment[]): void {
    if (this.mode === 'json') return this.stepJson(char, out);
    if (char === '`') {
      this.backticks += 1;
      if (this.mode === 'fence') this.fence += char;
      if (this.backticks === 3) this.toggleFence(out);
      return;
    }
    if (this.mode === 'fence') {
      this.backticks = 0;
      this.fence += char;
      return;
    }
    if (this.backticks > 0) this.text += '`'.repeat(this.backticks);
    this.backticks = 0;
    if (char === '{') {
      this.flushText(out);
      this.mode = 'json';
      this.json = '';
      this.depth = 0;
      this.inString = false;
      this.escaped = false;
      this.stepJson(char, out);
      return;
    }
    this.text += char;
  }

  private toggleFence(out: ReactSegment[]): void {
    this.backticks = 0;
    if (this.mode === 'text') {
      this.flushText(out);
      this.mode = 'fence';
      this.fence = '';
      return;
    }
    const body = this.fence.slice(0, -3);
    this.mode = 'text';
    this.emitBlob(fenceBody(body), `\`\`\`${body}\`\`\``, out);
  }

  private stepJson(char: string, out: ReactSegment[]): void {
    this.json += char;
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (char === '\\') this.escaped = true;
      else if (char === '"') this.inString = false;
      return;
    }
    if (char === '"') this.inString = true;
    else if (char === '{') this.depth += 1;
    else if (char === '}') {
      this.depth -= 1;
      if (this.depth === 0) {
        this.mode = 'text';
        this.emitBlob(this.json, this.json, out);
      }
    }
  }

  private emitBlob(candidate: string, original: string, out: ReactSegment[]): void {
    const action = parseAction(candidate);
    if (action) {
      this.flushText(out);
      out.push({ kind: 'action', action });
    } else {
      this.text += original;
    }
  }

  private flushText(out: ReactSegment[]): void {
    if (this.mode !== 'text' || this.text === '') return;
    out.push({ kind: 'text', text: this.text });
    this.text = '';
  }
}
