import { describe, expect, it } from 'vitest';
import { cleanThought, FinalAnswerStream } from './final-answer-stream';
import { ReactOutputParser, type ReactSegment } from './react-parser';

/** Feeds the text in pieces of `size` characters and merges adjacent text segments. */
function parse(text: string, size = 1): ReactSegment[] {
  const parser = new ReactOutputParser();
  const segments: ReactSegment[] = [];
  for (let index = 0; index < text.length; index += size) segments.push(...parser.push(text.slice(index, index + size)));
  segments.push(...parser.end());
  return segments.reduce<ReactSegment[]>((merged, segment) => {
    const last = merged.at(-1);
    if (last?.kind === 'text' && segment.kind === 'text') last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}

describe('ReactOutputParser', () => {
  const fenced = 'Thought: I need the time.\nAction:\n```json\n{\n"action": "current_time",\n"action_input": {"timezone": "UTC"}\n}\n```';

  it.each([1, 3, 7, 1000])('finds a fenced action whatever the delta size (%i)', (size) => {
    expect(parse(fenced, size)).toEqual([
      { kind: 'text', text: 'Thought: I need the time.\nAction:\n' },
      { kind: 'action', action: { name: 'current_time', input: { timezone: 'UTC' } } },
    ]);
  });

  it('finds a bare JSON action, with braces inside its strings', () => {
    expect(parse('Action: {"action": "eval_expression", "action_input": {"expression": "f(x) = {x}"}} done', 2)).toEqual([
      { kind: 'text', text: 'Action: ' },
      { kind: 'action', action: { name: 'eval_expression', input: { expression: 'f(x) = {x}' } } },
      { kind: 'text', text: ' done' },
    ]);
  });

  it('reads a Final Answer action with a string input', () => {
    expect(parse('```\n{"action": "Final Answer", "action_input": "It is 5 o\'clock."}\n```')).toEqual([
      { kind: 'action', action: { name: 'Final Answer', input: "It is 5 o'clock." } },
    ]);
  });

  it('keeps JSON that is not an action, inline code and code fences that are not actions as text', () => {
    const text = 'Use `x` and {"a": 1} here:\n```python\nprint(1)\n```\nok';
    expect(parse(text, 4)).toEqual([{ kind: 'text', text }]);
  });

  it('salvages an action whose fence is never closed', () => {
    expect(parse('Action:\n```json\n{"action": "maths", "action_input": "1+1"}')).toEqual([
      { kind: 'text', text: 'Action:\n' },
      { kind: 'action', action: { name: 'maths', input: '1+1' } },
    ]);
  });

  it('gives back broken JSON as text rather than losing it', () => {
    expect(parse('I think {"action": "x", oops')).toEqual([{ kind: 'text', text: 'I think {"action": "x", oops' }]);
  });
});

describe('FinalAnswerStream', () => {
  it('releases only what follows "Final Answer:", even when the marker arrives in pieces', () => {
    const stream = new FinalAnswerStream();
    const out = ['Thought: easy.\nFinal ', 'Ans', 'wer:', '  The ', 'answer is 4.'].map((piece) => stream.feed(piece));
    expect(out).toEqual(['', '', '', 'The ', 'answer is 4.']);
    expect(stream.answer).toBe('The answer is 4.');
    expect(cleanThought(stream.before)).toBe('easy.');
  });

  it('has no answer when the text never says Final Answer', () => {
    const stream = new FinalAnswerStream();
    stream.feed('Thought: calling a tool\nAction:');
    expect(stream.finish()).toBe('');
    expect(stream.found).toBe(false);
    expect(cleanThought(stream.before)).toBe('calling a tool');
  });
});
