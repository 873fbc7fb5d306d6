import { describe, expect, it } from 'vitest';
import { applyEvent, emptyAnswer } from './debug-answer';

describe('applyEvent', () => {
  it('joins streamed chunks and keeps the ids the events carry', () => {
    let answer = emptyAnswer();
    answer = applyEvent(answer, { event: 'message', answer: 'Echo: ', message_id: 'm1', conversation_id: 'c1', task_id: 't1' });
    answer = applyEvent(answer, { event: 'message', answer: 'hi', message_id: 'm1' });
    answer = applyEvent(answer, { event: 'message_end', metadata: { usage: { total_tokens: 12, latency: 0.4 } } });
    expect(answer).toMatchObject({ text: 'Echo: hi', messageId: 'm1', conversationId: 'c1', taskId: 't1', status: 'done', tokens: 12 });
  });

  it('updates an agent thought in place when its tool result arrives', () => {
    let answer = emptyAnswer();
    answer = applyEvent(answer, { event: 'agent_thought', id: 'a', position: 1, thought: '', tool: 'current_time', tool_input: '{}' });
    answer = applyEvent(answer, { event: 'agent_thought', id: 'a', position: 1, thought: '', tool: 'current_time', observation: '12:00' });
    expect(answer.thoughts).toEqual([{ id: 'a', position: 1, thought: '', tool: 'current_time', toolInput: '', observation: '12:00' }]);
  });

  it('replaces moderated text and reports errors', () => {
    let answer = applyEvent(emptyAnswer(), { event: 'message', answer: 'bad words' });
    answer = applyEvent(answer, { event: 'message_replace', answer: 'Sorry.' });
    expect(answer.text).toBe('Sorry.');
    expect(applyEvent(answer, { event: 'error', code: 'completion_request_error', message: 'Model failed' })).toMatchObject({
      status: 'error',
      error: 'Model failed',
    });
  });

  it('flags answers given by an annotation', () => {
    const answer = applyEvent(emptyAnswer(), { event: 'message_end', metadata: { annotation_reply: { id: 'x' } } });
    expect(answer.annotationReply).toBe(true);
  });

  it('keeps the citations message_end carries', () => {
    const resource = { position: 1, document_name: 'guide.md', content: 'Mercury is closest.', segment_id: 's1', score: 0.8 };
    const answer = applyEvent(emptyAnswer(), { event: 'message_end', metadata: { retriever_resources: [resource] } });
    expect(answer.citations).toEqual([resource]);
    expect(applyEvent(emptyAnswer(), { event: 'message_end', metadata: {} }).citations).toEqual([]);
  });
});
