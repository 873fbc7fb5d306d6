import { describe, expect, it } from 'vitest';
import { applyEvent, emptyAnswer } from './answer-state';

describe('applyEvent', () => {
  it('builds the answer from message chunks and remembers the task, message, conversation and event id', () => {
    let state = emptyAnswer();
    state = applyEvent(state, { event: 'message', task_id: 't1', message_id: 'm1', conversation_id: 'c1', answer: 'Hel' }, 1);
    state = applyEvent(state, { event: 'message', task_id: 't1', message_id: 'm1', conversation_id: 'c1', answer: 'lo' }, 2);
    expect(state).toMatchObject({ answer: 'Hello', taskId: 't1', messageId: 'm1', conversationId: 'c1', lastEventId: 2, status: 'streaming' });
  });

  it('replaces the answer on message_replace and ends on message_end with the citations', () => {
    let state = applyEvent(emptyAnswer(), { event: 'agent_message', answer: 'bad words' }, 1);
    state = applyEvent(state, { event: 'message_replace', answer: 'moderated' }, 2);
    state = applyEvent(state, { event: 'message_end', metadata: { retriever_resources: [{ position: 1, document_name: 'a.md', content: 'x' }] } }, 3);
    expect(state.answer).toBe('moderated');
    expect(state.status).toBe('done');
    expect(state.citations).toEqual([{ position: 1, document_name: 'a.md', content: 'x' }]);
  });

  it('updates an agent thought in place and keeps thoughts in position order', () => {
    let state = applyEvent(emptyAnswer(), { event: 'agent_thought', id: 'b', position: 2, thought: '', tool: 'time', tool_input: '', observation: '' });
    state = applyEvent(state, { event: 'agent_thought', id: 'a', position: 1, thought: 'first', tool: '', tool_input: '', observation: '' });
    state = applyEvent(state, { event: 'agent_thought', id: 'b', position: 2, thought: '', tool: 'time', tool_input: '{}', observation: '12:00' });
    expect(state.thoughts.map((t) => [t.id, t.observation])).toEqual([['a', ''], ['b', '12:00']]);
  });

  it('keeps a stop the visitor asked for, and reports errors', () => {
    const stopped = applyEvent({ ...emptyAnswer(), status: 'stopped' }, { event: 'message_end' }, 5);
    expect(stopped.status).toBe('stopped');
    const failed = applyEvent(emptyAnswer(), { event: 'error', code: 'completion_request_error', message: 'model down' }, 1);
    expect(failed).toMatchObject({ status: 'error', error: 'model down' });
  });

  it('moves the event id on for pings and unknown events without touching the answer', () => {
    const state = applyEvent({ ...emptyAnswer(), answer: 'kept' }, { event: 'tts_message', audio: 'xx' }, 9);
    expect(state).toMatchObject({ answer: 'kept', lastEventId: 9 });
  });
});
