import { boolean, index, integer, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { apps } from './apps';
import { createdAt, id, timestamps } from './columns';
import { conversations, messages } from './conversations';
import { workspaces } from './workspaces';

/**
 * An operator's answer to a question (Dify's MessageAnnotation). With annotation reply on, a new
 * question close enough to one of these is answered with it, without calling the model. The
 * embedding is stored as a float array, searched exactly: an app has hundreds, not millions.
 */
export const messageAnnotations = pgTable(
  'message_annotations',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    conversationId: uuid().references(() => conversations.id, { onDelete: 'set null' }),
    messageId: uuid().references(() => messages.id, { onDelete: 'set null' }),
    question: text().notNull(),
    content: text().notNull(),
    hitCount: integer().notNull().default(0),
    accountId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    embedding: real().array(),
    /** `provider/model` the embedding was made with; another model means it is made again. */
    embeddingModel: text(),
    ...timestamps(),
  },
  (t) => [index('message_annotations_app_idx').on(t.appId, t.createdAt), index('message_annotations_message_idx').on(t.messageId)],
);

export type AnnotationJobAction = 'enable' | 'disable' | 'import';

/** Annotation reply per app: on or off, the score a match needs, and the embedding model. */
export const appAnnotationSettings = pgTable('app_annotation_settings', {
  appId: uuid()
    .primaryKey()
    .references(() => apps.id, { onDelete: 'cascade' }),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  enabled: boolean().notNull().default(false),
  scoreThreshold: real().notNull().default(0.9),
  embeddingProviderName: text(),
  embeddingModelName: text(),
  createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
  updatedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
  ...timestamps(),
});

/** Each time an annotation answered (or was matched in the console), for its hit history. */
export const annotationHitHistories = pgTable(
  'annotation_hit_histories',
  {
    id: id(),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    annotationId: uuid()
      .notNull()
      .references(() => messageAnnotations.id, { onDelete: 'cascade' }),
    source: text().notNull(),
    question: text().notNull(),
    score: real().notNull(),
    messageId: uuid(),
    accountId: uuid(),
    annotationQuestion: text().notNull(),
    annotationContent: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('annotation_hit_histories_annotation_idx').on(t.annotationId, t.createdAt)],
);

/**
 * Annotation work that outlives its request, as a job clients poll: enabling or disabling
 * annotation reply (re-embedding every annotation) and CSV batch imports.
 */
export const annotationReplyJobs = pgTable('annotation_reply_jobs', {
  id: id(),
  appId: uuid()
    .notNull()
    .references(() => apps.id, { onDelete: 'cascade' }),
  action: text().$type<AnnotationJobAction>().notNull(),
  status: text().$type<'waiting' | 'processing' | 'completed' | 'error'>().notNull().default('waiting'),
  error: text().notNull().default(''),
  ...timestamps(),
});

export type MessageAnnotation = typeof messageAnnotations.$inferSelect;
export type AppAnnotationSetting = typeof appAnnotationSettings.$inferSelect;
export type AnnotationReplyJob = typeof annotationReplyJobs.$inferSelect;
