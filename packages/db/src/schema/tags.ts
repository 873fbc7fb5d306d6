import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { workspaces } from './workspaces';

export const TAG_TYPES = ['app', 'knowledge'] as const;
export type TagType = (typeof TAG_TYPES)[number];

export const tags = pgTable(
  'tags',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    type: text().$type<TagType>().notNull(),
    name: text().notNull(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [index('tags_workspace_type_idx').on(t.workspaceId, t.type)],
);

/** Attaches a tag to an app or a knowledge base (`target_id`). */
export const tagBindings = pgTable(
  'tag_bindings',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    tagId: uuid()
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    targetId: uuid().notNull(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('tag_bindings_tag_target_key').on(t.tagId, t.targetId), index('tag_bindings_target_idx').on(t.targetId)],
);

export type Tag = typeof tags.$inferSelect;
