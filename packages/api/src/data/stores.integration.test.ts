import { eq } from 'drizzle-orm';
import { type Message, messageAgentThoughts, pinnedConversations } from '@tessera/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppAs, createKeyAs } from '../routers/console/apps/test-helpers';
import { seedWorkspace, type SeededUser } from '../testing';
import { seedConversation, seedEndUser } from '../testing/seed-conversation';
import { useIntegrationFixture } from '../testing/fixtures';
import { apiKeysStore } from './api-keys';
import { appsStore } from './apps';
import { configVersionsStore } from './config-versions';
import { conversationMessagesStore } from './conversation-messages';
import { endUserConversationsStore } from './end-user-conversations';
import { feedbackStore } from './feedback';
import { pinnedConversationsStore } from './pinned-conversations';
import { savedMessagesStore } from './saved-messages';
import { tagsStore } from './tags';
import { uploadFilesStore } from './upload-files';
import { workspaceStore } from './workspaces';

// The stores are where workspace scoping lives; each is checked here with ids that belong to
// another workspace: nothing is found, and nothing changes.
describe('workspace-scoped stores', () => {
  const fx = useIntegrationFixture();
  let stranger: SeededUser;
  let appId: string;
  let tagId: string;
  let keyId: string;
  beforeAll(async () => {
    stranger = await seedWorkspace(fx.app, 'stranger');
    appId = (await createAppAs(fx.app, fx.owner, { name: 'Owned' })).id;
    keyId = (await createKeyAs(fx.app, fx.owner, appId)).id;
    const tag = await fx.app.request('POST', '/console/api/tags', { token: fx.owner.token, json: { name: 'Mine', type: 'app' } });
    tagId = tag.body.id;
    await fx.app.request('POST', '/console/api/tag-bindings/create', {
      token: fx.owner.token,
      json: { tag_ids: [tagId], target_id: appId, type: 'app' },
    });
  });

  it("apps: another workspace's store finds, pages, changes and deletes none of the app or its site", async () => {
    const theirs = appsStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.find(appId)).toBeUndefined();
    expect(await theirs.findSite(appId)).toBeUndefined();
    expect(await theirs.page({ ids: [appId] }, { limit: 10, offset: 0 })).toEqual({ total: 0, rows: [] });
    expect(await theirs.update(appId, { name: 'Taken' })).toBeUndefined();
    expect(await theirs.updateSite(appId, { title: 'Taken' })).toBeUndefined();
    await theirs.delete(appId);

    const mine = appsStore(fx.app.deps.db, fx.owner.workspaceId);
    expect(await mine.find(appId)).toMatchObject({ id: appId, name: 'Owned' });
    expect(await mine.findSite(appId)).toMatchObject({ appId, title: 'Owned' });
    expect((await mine.page({ ids: [appId] }, { limit: 10, offset: 0 })).total).toBe(1);
  });

  it("tags: another workspace's store sees neither the tag nor its bindings, and cannot rename, unbind or delete them", async () => {
    const theirs = tagsStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.find(tagId)).toBeUndefined();
    expect(await theirs.bindingCount(tagId)).toBe(0);
    expect(await theirs.countOfType('app', [tagId])).toBe(0);
    expect(await theirs.targetsOf('app', [tagId])).toEqual([]);
    expect((await theirs.forTargets('app', [appId])).get(appId)).toEqual([]);
    await theirs.rename(tagId, 'Taken');
    await theirs.unbind([tagId], appId);
    await theirs.unbindTarget(appId);
    await theirs.delete(tagId);

    const mine = tagsStore(fx.app.deps.db, fx.owner.workspaceId);
    expect(await mine.find(tagId)).toMatchObject({ name: 'Mine' });
    expect(await mine.bindingCount(tagId)).toBe(1);
    expect(await mine.targetsOf('app', [tagId])).toEqual([appId]);
  });

  it("api keys: another workspace's store lists, counts and deletes none of the app's keys", async () => {
    const theirs = apiKeysStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.listForApp(appId)).toEqual([]);
    expect(await theirs.countForApp(appId)).toBe(0);
    expect(await theirs.deleteForApp(appId, keyId)).toBe(false);
    expect((await apiKeysStore(fx.app.deps.db, fx.owner.workspaceId).listForApp(appId)).map((key) => key.id)).toEqual([keyId]);
  });

  it("config versions: another workspace's store finds and counts none of the app's versions", async () => {
    const mine = await configVersionsStore(fx.app.deps.db, fx.owner.workspaceId).page(appId, { limit: 10, offset: 0 });
    expect(mine.total).toBe(1);
    const theirs = configVersionsStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.page(appId, { limit: 10, offset: 0 })).toEqual({ total: 0, rows: [] });
    expect(await theirs.find(appId, mine.rows[0]!.id)).toBeUndefined();
    expect(await theirs.latestNumber(appId)).toBe(0);
  });

  it("upload files: another workspace's store does not find the workspace's upload", async () => {
    const file = await uploadFilesStore(fx.app.deps.db, fx.owner.workspaceId).insert({
      storageType: 'local',
      key: 'upload_files/test/file.txt',
      name: 'file.txt',
      size: 1,
      extension: 'txt',
      mimeType: 'text/plain',
      createdByRole: 'account',
      createdBy: fx.owner.accountId,
      hash: 'h',
    });
    expect(await uploadFilesStore(fx.app.deps.db, fx.owner.workspaceId).find(file.id)).toMatchObject({ id: file.id });
    expect(await uploadFilesStore(fx.app.deps.db, stranger.workspaceId).find(file.id)).toBeUndefined();
    expect([...(await uploadFilesStore(fx.app.deps.db, fx.owner.workspaceId).ownedIds([file.id, 'not-an-id']))]).toEqual([file.id]);
    expect((await uploadFilesStore(fx.app.deps.db, stranger.workspaceId).ownedIds([file.id])).size).toBe(0);
  });

  it("feedback: another workspace's store neither finds the message nor lists, writes or removes its feedback", async () => {
    const { messages } = await seedConversation(fx.app, { workspaceId: fx.owner.workspaceId, appId, accountId: fx.owner.accountId, messages: [{}] });
    const message = messages[0]!;
    const like = { rating: 'like' as const, content: 'good', fromEndUserId: null, fromAccountId: fx.owner.accountId };
    const mine = feedbackStore(fx.app.deps.db, fx.owner.workspaceId);
    await mine.upsert(message, 'admin', like);

    const theirs = feedbackStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.findAppMessage(appId, message.id)).toBeUndefined();
    expect(await theirs.pageForApp(appId, { limit: 10, offset: 0 })).toEqual([]);
    expect(await theirs.forMessages([message.id])).toEqual([]);
    expect(await theirs.remove(message.id, 'admin')).toBe(false);
    await theirs.upsert(message, 'admin', { ...like, rating: 'dislike', content: 'taken' });

    expect(await mine.findAppMessage(appId, message.id)).toMatchObject({ id: message.id });
    expect(await mine.pageForApp(appId, { limit: 10, offset: 0 })).toMatchObject([{ messageId: message.id, rating: 'like', content: 'good' }]);
    expect(await mine.forMessages([message.id])).toMatchObject([{ messageId: message.id, rating: 'like' }]);
    expect(await mine.remove(message.id, 'admin')).toBe(true);
  });

  it("pinned conversations: another workspace's store neither pins the conversation nor removes its pin", async () => {
    const visitor = await seedEndUser(fx.app, { workspaceId: fx.owner.workspaceId, appId }, 'pinner');
    const { conversation } = await seedConversation(fx.app, { workspaceId: fx.owner.workspaceId, appId, endUserId: visitor.id });
    const pinner = { role: 'end_user' as const, id: visitor.id };
    const pins = () => fx.app.deps.db.select().from(pinnedConversations).where(eq(pinnedConversations.conversationId, conversation.id));

    await pinnedConversationsStore(fx.app.deps.db, stranger.workspaceId).pin(conversation, pinner);
    expect(await pins()).toEqual([]);
    await pinnedConversationsStore(fx.app.deps.db, fx.owner.workspaceId).pin(conversation, pinner);
    await pinnedConversationsStore(fx.app.deps.db, stranger.workspaceId).unpin(appId, conversation.id, pinner);
    expect(await pins()).toHaveLength(1);
    await pinnedConversationsStore(fx.app.deps.db, fx.owner.workspaceId).unpin(appId, conversation.id, pinner);
    expect(await pins()).toEqual([]);
  });

  it("saved messages: another workspace's store neither saves, finds, pages nor forgets the saved message", async () => {
    const visitor = await seedEndUser(fx.app, { workspaceId: fx.owner.workspaceId, appId }, 'saver');
    const { messages } = await seedConversation(fx.app, { workspaceId: fx.owner.workspaceId, appId, endUserId: visitor.id, messages: [{}] });
    const message = messages[0]!;
    const saver = { appId, endUserId: visitor.id };
    const mine = savedMessagesStore(fx.app.deps.db, fx.owner.workspaceId);
    const theirs = savedMessagesStore(fx.app.deps.db, stranger.workspaceId);

    await theirs.save(saver, message);
    expect(await mine.find(saver, message.id)).toBeUndefined();
    await mine.save(saver, message);
    expect(await theirs.find(saver, message.id)).toBeUndefined();
    expect(await theirs.reference(saver, message.id)).toBeUndefined();
    expect(await theirs.page(saver, { limit: 10 })).toEqual([]);
    await theirs.unsave(saver, message.id);

    expect(await mine.find(saver, message.id)).toMatchObject({ id: message.id });
    expect((await mine.page(saver, { limit: 10 })).map((row) => row.id)).toEqual([message.id]);
    await mine.unsave(saver, message.id);
    expect(await mine.find(saver, message.id)).toBeUndefined();
  });

  it("end-user conversations: another workspace's store finds, pages, names, renames and deletes none of them", async () => {
    const visitor = await seedEndUser(fx.app, { workspaceId: fx.owner.workspaceId, appId }, 'talker');
    const { conversation } = await seedConversation(fx.app, { workspaceId: fx.owner.workspaceId, appId, endUserId: visitor.id, name: 'Mine', messages: [{ query: 'First?' }] });
    const owner = { appId, endUserId: visitor.id };
    const query = { invokeFrom: conversation.invokeFrom, sortBy: '-updated_at' as const, limit: 10 };

    const theirs = endUserConversationsStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.find(owner, conversation.id)).toBeUndefined();
    expect(await theirs.page(owner, query)).toEqual([]);
    expect(await theirs.page(owner, { ...query, lastId: conversation.id })).toBeUndefined();
    expect(await theirs.firstQuery(owner, conversation.id)).toBeUndefined();
    expect(await theirs.rename(owner, conversation.id, 'Taken')).toBeUndefined();
    expect(await theirs.softDelete(owner, conversation.id)).toBe(false);

    const mine = endUserConversationsStore(fx.app.deps.db, fx.owner.workspaceId);
    expect(await mine.find(owner, conversation.id)).toMatchObject({ name: 'Mine', isDeleted: false });
    expect((await mine.page(owner, query))?.map((row) => row.id)).toEqual([conversation.id]);
    expect(await mine.firstQuery(owner, conversation.id)).toBe('First?');
  });

  it("conversation messages: another workspace's store finds, pages and reads the turns of none of them", async () => {
    const visitor = await seedEndUser(fx.app, { workspaceId: fx.owner.workspaceId, appId }, 'reader');
    const seeded = await seedConversation(fx.app, { workspaceId: fx.owner.workspaceId, appId, endUserId: visitor.id, messages: [{ query: 'One?' }, { query: 'Two?' }] });
    const [first, second] = seeded.messages as [Message, Message];
    const owner = { appId, endUserId: visitor.id };

    const theirs = conversationMessagesStore(fx.app.deps.db, stranger.workspaceId);
    expect(await theirs.findOwned(owner, first.id)).toBeUndefined();
    expect(await theirs.historyPage(seeded.conversation, { limit: 10 })).toEqual({ rows: [], hasMore: false });
    expect(await theirs.historyPage(seeded.conversation, { firstId: second.id, limit: 10 })).toBeUndefined();
    expect(await theirs.latestTurns(seeded.conversation, 3)).toEqual([]);
    expect(await theirs.findAppConversation(appId, seeded.conversation.id)).toBeUndefined();
    expect(await theirs.findAppMessage(appId, first.id)).toBeUndefined();
    expect(await theirs.agentThoughts([first.id])).toEqual([]);

    const mine = conversationMessagesStore(fx.app.deps.db, fx.owner.workspaceId);
    expect(await mine.findOwned(owner, first.id)).toMatchObject({ id: first.id });
    expect((await mine.historyPage(seeded.conversation, { firstId: second.id, limit: 10 }))?.rows.map((row) => row.id)).toEqual([first.id]);
    expect((await mine.latestTurns(seeded.conversation, 3)).map((turn) => turn.query)).toEqual(['Two?', 'One?']);
    expect(await mine.findAppConversation(appId, seeded.conversation.id)).toMatchObject({ id: seeded.conversation.id });
    await fx.app.deps.db.insert(messageAgentThoughts).values({ messageId: first.id, position: 1, thought: 'Thinking', createdByRole: 'end_user', createdBy: visitor.id });
    expect(await mine.findAppMessage(appId, second.id)).toMatchObject({ id: second.id });
    expect(await mine.agentThoughts([first.id])).toMatchObject([{ messageId: first.id, thought: 'Thinking' }]);
    expect(await theirs.agentThoughts([first.id])).toEqual([]);
  });

  it('workspaces: a store reads only the workspace it was built for', async () => {
    expect(await workspaceStore(fx.app.deps.db, fx.owner.workspaceId).find()).toMatchObject({ id: fx.owner.workspaceId });
    expect(await workspaceStore(fx.app.deps.db, stranger.workspaceId).find()).toMatchObject({ id: stranger.workspaceId });
  });
});
