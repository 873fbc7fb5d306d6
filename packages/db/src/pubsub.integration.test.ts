import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from './client';
import { createTestDatabase } from './testing';

function nextMessage(messages: string[], count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (messages.length >= count ? resolve() : setTimeout(check, 5));
    check();
  });
}

describe('LISTEN/NOTIFY', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  it('delivers a notification to every listener of the channel, and none after unsubscribing', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await handle.pubsub.listen('tessera_test', (payload) => first.push(payload));
    const stopSecond = await handle.pubsub.listen('tessera_test', (payload) => second.push(payload));
    await handle.pubsub.notify('tessera_test', 'task-1:5');
    await nextMessage(first, 1);
    await nextMessage(second, 1);
    expect(first).toEqual(['task-1:5']);
    expect(second).toEqual(['task-1:5']);

    await stopFirst();
    await handle.pubsub.notify('tessera_test', 'task-1:6');
    await nextMessage(second, 2);
    expect(second).toEqual(['task-1:5', 'task-1:6']);
    expect(first).toEqual(['task-1:5']);
    await stopSecond();
  });

  it('keeps channels apart and refuses names that are not identifiers', async () => {
    const heard: string[] = [];
    const stop = await handle.pubsub.listen('tessera_a', (payload) => heard.push(payload));
    await handle.pubsub.notify('tessera_b', 'other');
    await handle.pubsub.notify('tessera_a', 'mine');
    await nextMessage(heard, 1);
    expect(heard).toEqual(['mine']);
    await stop();
    await expect(handle.pubsub.notify('bad; drop table x', 'x')).rejects.toThrow(/invalid channel/);
  });
});
