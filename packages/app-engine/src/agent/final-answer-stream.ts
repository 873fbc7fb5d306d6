const MARKER = /final\s+answer\s*:\s*/i;

/**
 * Watches a ReAct step's plain text for "Final Answer:" and hands back, delta by delta, only what follows it,
 * so the user sees the answer stream and never the model's reasoning.
 */
export class FinalAnswerStream {
  private buffer = '';
  private answerStart = -1;
  private emitted = 0;
  private markerIndex = -1;

  get found(): boolean {
    return this.answerStart >= 0;
  }

  /** Text before the marker: the step's thought. */
  get before(): string {
    return this.found ? this.buffer.slice(0, this.markerIndex) : this.buffer;
  }

  get answer(): string {
    return this.found ? this.buffer.slice(this.answerStart) : '';
  }

  /** Adds text; returns the part of the answer not handed out yet ('' while the marker has not appeared). */
  feed(text: string): string {
    this.buffer += text;
    return this.release(false);
  }

  /** The step ended: whatever is left of the answer. */
  finish(): string {
    return this.release(true);
  }

  private release(final: boolean): string {
    if (!this.found) {
      const match = MARKER.exec(this.buffer);
      // A marker at the very end may still be followed by more spaces; wait for the answer's first character.
      if (!match || (!final && match.index + match[0].length === this.buffer.length)) return '';
      this.markerIndex = match.index;
      this.answerStart = match.index + match[0].length;
      this.emitted = this.answerStart;
    }
    const delta = this.buffer.slice(this.emitted);
    this.emitted = this.buffer.length;
    return delta;
  }
}

/** A thought as Dify keeps it: without the "Thought:" label and a dangling "Action:" label. */
export function cleanThought(text: string): string {
  return text
    .replace(/^\s*thought\s*:\s*/i, '')
    .replace(/\s*action\s*:\s*$/i, '')
    .trim();
}
