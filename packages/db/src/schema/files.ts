import { bigint, boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { workspaces } from './workspaces';

export const uploadFiles = pgTable(
  'upload_files',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    storageType: text().notNull(),
    /** Object key inside the file store: `upload_files/<workspace_id>/<uuid>.<ext>`. */
    key: text().notNull(),
    name: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    extension: text().notNull(),
    mimeType: text().notNull(),
    createdByRole: text().$type<'account' | 'end_user'>().notNull().default('account'),
    createdBy: uuid().notNull(),
    used: boolean().notNull().default(false),
    /** sha3-256 of the content, hex. */
    hash: text().notNull(),
    source: text(),
    createdAt: createdAt(),
  },
  (t) => [index('upload_files_workspace_idx').on(t.workspaceId)],
);

export type UploadFile = typeof uploadFiles.$inferSelect;
