import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '@tessera/db';
import { seedConversation, seedEndUser, seedFeedback, seedMember, seedMessage, type SeededUser } from '../../../../testing';
import { useIntegrationFixture } from '../../../../testing/fixtures';
import { createAppAs } from '../test-helpers';

const STATISTICS = [
  'daily-messages', 'daily-conversations', 'daily-end-users', 'token-costs', 'average-session-interactions',
  'user-satisfaction-rate', 'average-response-time', 'tokens-per-second',
];
const at = (iso: string) => new Date(iso);

describe('console app statistics', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let chatId: string;
  let completionId: string;

  /**
   * A chat app over two UTC days. Day 1: conversation A (two messages), conversation B (one, late
   * in the evening) and a debugger run that never counts. Day 2: conversations C (one) and D (three).
   */
  beforeAll(async () => {
    chatId = (await createAppAs(fx.app, fx.owner, { name: 'Stats chat', mode: 'chat' })).id;
    completionId = (await createAppAs(fx.app, fx.owner, { name: 'Stats completion', mode: 'completion' })).id;
    const ref = { appId: chatId, workspaceId: fx.owner.workspaceId };
    const alice = await seedEndUser(fx.app, ref, 'alice');
    const bob = await seedEndUser(fx.app, ref, 'bob');

    const a = await seedConversation(fx.app, { ...ref, endUserId: alice.id, createdAt: at('2026-03-01T10:00:00Z') });
    const m1 = await seedMessage(fx.app, a, { createdAt: at('2026-03-01T10:00:00Z'), messageTokens: 10, answerTokens: 20, totalPrice: '0.0001000', latency: 2 });
    await seedMessage(fx.app, a, { createdAt: at('2026-03-01T11:00:00Z'), messageTokens: 5, answerTokens: 15, totalPrice: '0.0000500', latency: 0.5 });
    const b = await seedConversation(fx.app, { ...ref, endUserId: bob.id, createdAt: at('2026-03-01T23:30:00Z') });
    const m3 = await seedMessage(fx.app, b, { createdAt: at('2026-03-01T23:30:00Z'), messageTokens: 1, answerTokens: 3, totalPrice: '0.0000100', latency: 1 });
    const debug = await seedConversation(fx.app, { ...ref, accountId: fx.owner.accountId, createdAt: at('2026-03-01T12:00:00Z') });
    await seedMessage(fx.app, debug, { createdAt: at('2026-03-01T12:00:00Z'), messageTokens: 999, answerTokens: 999, totalPrice: '1', latency: 9 });

    const c = await seedConversation(fx.app, { ...ref, endUserId: alice.id, createdAt: at('2026-03-02T00:30:00Z') });
    const m5 = await seedMessage(fx.app, c, { createdAt: at('2026-03-02T00:30:00Z'), messageTokens: 2, answerTokens: 4, totalPrice: '0.0000200', latency: 0.25 });
    const d = await seedConversation(fx.app, { ...ref, endUserId: alice.id, createdAt: at('2026-03-02T12:00:00Z') });
    for (const minute of ['00', '05', '10']) {
      await seedMessage(fx.app, d, { createdAt: at(`2026-03-02T12:${minute}:00Z`), messageTokens: 10, answerTokens: 10, totalPrice: '0.0000300', latency: 1 });
    }
    await seedFeedback(fx.app, m1, 'like', 'user');
    await seedFeedback(fx.app, m1, 'like', 'admin');
    await seedFeedback(fx.app, m3, 'dislike', 'user');
    await seedFeedback(fx.app, m5, 'like', 'user');

    const completionRef = { appId: completionId, workspaceId: fx.owner.workspaceId };
    const writer = await seedEndUser(fx.app, completionRef, 'writer');
    for (const [iso, latency] of [['2026-03-01T09:00:00Z', 1.5], ['2026-03-01T15:00:00Z', 0.5], ['2026-03-02T09:00:00Z', 0.25]] as const) {
      const run = await seedConversation(fx.app, { ...completionRef, endUserId: writer.id, createdAt: at(iso) });
      await seedMessage(fx.app, run, { createdAt: at(iso), latency, answerTokens: 5 });
    }

    // Another workspace's busy app on the same days changes nothing here.
    const theirs = await createAppAs(fx.app, fx.other, { name: 'Theirs', mode: 'chat' });
    const theirRef = { appId: theirs.id, workspaceId: fx.other.workspaceId };
    const stranger = await seedConversation(fx.app, { ...theirRef, endUserId: (await seedEndUser(fx.app, theirRef)).id, createdAt: at('2026-03-01T10:00:00Z') });
    await seedMessage(fx.app, stranger, { createdAt: at('2026-03-01T10:00:00Z'), messageTokens: 50, answerTokens: 50, latency: 1 });
  });

  const get = (user: SeededUser, appId: string, name: string, query: Record<string, string> = {}) =>
    fx.app.request('GET', `/console/api/apps/${appId}/statistics/${name}`, { token: user.token, query });

  it('counts messages, conversations and end users per day, leaving the debugger out', async () => {
    expect((await get(fx.owner, chatId, 'daily-messages')).body).toEqual({
      data: [{ date: '2026-03-01', message_count: 3 }, { date: '2026-03-02', message_count: 4 }],
    });
    expect((await get(fx.owner, chatId, 'daily-conversations')).body).toEqual({
      data: [{ date: '2026-03-01', conversation_count: 2 }, { date: '2026-03-02', conversation_count: 2 }],
    });
    expect((await get(fx.owner, chatId, 'daily-end-users')).body).toEqual({
      data: [{ date: '2026-03-01', terminal_count: 2 }, { date: '2026-03-02', terminal_count: 1 }],
    });
  });

  it('sums tokens and prices, and averages interactions, satisfaction and speed per day', async () => {
    expect((await get(fx.owner, chatId, 'token-costs')).body).toEqual({
      data: [
        { date: '2026-03-01', token_count: 54, total_price: '0.0001600', currency: 'USD' },
        { date: '2026-03-02', token_count: 66, total_price: '0.0001100', currency: 'USD' },
      ],
    });
    expect((await get(fx.owner, chatId, 'average-session-interactions')).body).toEqual({
      data: [{ date: '2026-03-01', interactions: 1.5 }, { date: '2026-03-02', interactions: 2 }],
    });
    // Day 1: the message liked by its user and by an operator counts twice, as Dify's join does (2 of 4).
    expect((await get(fx.owner, chatId, 'user-satisfaction-rate')).body).toEqual({
      data: [{ date: '2026-03-01', rate: 500 }, { date: '2026-03-02', rate: 250 }],
    });
    expect((await get(fx.owner, chatId, 'tokens-per-second')).body).toEqual({
      data: [{ date: '2026-03-01', tps: 10.8571 }, { date: '2026-03-02', tps: 10.4615 }],
    });
    expect((await get(fx.owner, completionId, 'average-response-time')).body).toEqual({
      data: [{ date: '2026-03-01', latency: 1000 }, { date: '2026-03-02', latency: 250 }],
    });
  });

  it('keeps to the range, end excluded, in wall-clock time of the account', async () => {
    expect((await get(fx.owner, chatId, 'daily-messages', { start: '2026-03-02 00:00' })).body.data).toEqual([
      { date: '2026-03-02', message_count: 4 },
    ]);
    expect((await get(fx.owner, chatId, 'daily-messages', { start: '', end: '2026-03-02 00:00' })).body.data).toEqual([
      { date: '2026-03-01', message_count: 3 },
    ]);
    expect((await get(fx.owner, chatId, 'daily-messages', { start: '2026-3-1 10:30', end: '2026-03-01 23:30' })).body.data).toEqual([
      { date: '2026-03-01', message_count: 1 },
    ]);
    // Conversations are placed by the day they began, and the range applies to when they began.
    expect((await get(fx.owner, chatId, 'average-session-interactions', { start: '2026-03-02 00:00' })).body.data).toEqual([
      { date: '2026-03-02', interactions: 2 },
    ]);
  });

  it("groups days in the account's time zone", async () => {
    const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    await fx.app.deps.db.update(accounts).set({ timezone: 'Asia/Shanghai' }).where(eq(accounts.id, member.accountId));
    // 23:30 UTC on day 1 is 07:30 on day 2 in Shanghai.
    expect((await get(member, chatId, 'daily-messages')).body.data).toEqual([
      { date: '2026-03-01', message_count: 2 },
      { date: '2026-03-02', message_count: 5 },
    ]);
    // Midnight in Shanghai is 16:00 UTC the day before.
    expect((await get(member, chatId, 'daily-messages', { end: '2026-03-02 00:00' })).body.data).toEqual([
      { date: '2026-03-01', message_count: 2 },
    ]);
  });

  it('answers an app without messages with no days', async () => {
    const quiet = await createAppAs(fx.app, fx.owner, { name: 'Quiet', mode: 'chat' });
    for (const name of STATISTICS.filter((n) => n !== 'average-response-time')) {
      expect((await get(fx.owner, quiet.id, name)).body, name).toEqual({ data: [] });
    }
  });

  it("refuses malformed times with Dify's bad_request, and statistics the mode has no use for", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ start: 'yesterday' }, "Invalid start time format: time data 'yesterday' does not match format '%Y-%m-%d %H:%M'"],
      [{ end: '2026-02-30 10:00' }, "Invalid end time format: time data '2026-02-30 10:00' does not match format '%Y-%m-%d %H:%M'"],
      [{ start: '2026-03-02 00:00', end: '2026-03-01 00:00' }, 'start must be earlier than or equal to end'],
    ];
    for (const [query, message] of cases) {
      const res = await get(fx.owner, chatId, 'daily-messages', query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body).toEqual({ code: 'bad_request', message, status: 400 });
    }
    const chatOnly = await get(fx.owner, completionId, 'average-session-interactions');
    expect(chatOnly.status).toBe(404);
    expect(chatOnly.body).toMatchObject({ code: 'app_not_found', message: "App mode is not in the supported list: {'chat', 'agent-chat', 'advanced-chat'}" });
    const completionOnly = await get(fx.owner, chatId, 'average-response-time');
    expect(completionOnly.status).toBe(404);
    expect(completionOnly.body).toMatchObject({ code: 'app_not_found', message: "App mode is not in the supported list: {'completion'}" });
  });

  it("lets every member read them, and never another workspace's app", async () => {
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await get(normal, chatId, 'daily-messages')).status).toBe(200);
    for (const name of STATISTICS) {
      const res = await get(fx.other, name === 'average-response-time' ? completionId : chatId, name);
      expect(res.status, name).toBe(404);
      expect(res.body.code).toBe('app_not_found');
    }
    expect((await fx.app.request('GET', `/console/api/apps/${chatId}/statistics/daily-messages`)).status).toBe(401);
  });
});
