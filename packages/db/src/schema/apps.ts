import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, timestamps } from './columns';
import { workspaces } from './workspaces';

export const APP_MODES = ['completion', 'chat', 'advanced-chat', 'workflow', 'agent-chat', 'channel', 'rag-pipeline'] as const;
export type AppMode = (typeof APP_MODES)[number];
export const CREATABLE_APP_MODES = ['chat', 'agent-chat', 'advanced-chat', 'workflow', 'completion'] as const;
export const ICON_TYPES = ['emoji', 'image', 'link'] as const;
export type IconType = (typeof ICON_TYPES)[number];

export const apps = pgTable(
  'apps',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text().notNull().default(''),
    mode: text().$type<AppMode>().notNull(),
    iconType: text().$type<IconType>().notNull().default('emoji'),
    icon: text().notNull().default('🤖'),
    iconBackground: text().notNull().default('#FFEAD5'),
    enableSite: boolean().notNull().default(true),
    enableApi: boolean().notNull().default(true),
    useIconAsAnswerIcon: boolean().notNull().default(false),
    maxActiveRequests: integer(),
    accessMode: text().notNull().default('public'),
    /** Prompt-app configuration (Dify's AppModelConfig keys) for chat, agent-chat and completion apps. */
    modelConfig: jsonb().$type<Record<string, unknown>>(),
    /** The `app_model_configs` version `modelConfig` was saved as; messages record it. */
    appModelConfigId: uuid(),
    /** Draft graph and features for workflow and advanced-chat apps (Dify's workflow DSL section). */
    workflowDraft: jsonb().$type<Record<string, unknown>>(),
    createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    updatedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('apps_workspace_created_idx').on(t.workspaceId, t.createdAt)],
);

/** The published web app of an app; `code` addresses it publicly. */
export const sites = pgTable(
  'sites',
  {
    id: id(),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    title: text().notNull(),
    iconType: text().$type<IconType>(),
    icon: text(),
    iconBackground: text(),
    description: text(),
    defaultLanguage: text().notNull().default('en-US'),
    chatColorTheme: text(),
    chatColorThemeInverted: boolean().notNull().default(false),
    customizeDomain: text(),
    copyright: text(),
    privacyPolicy: text(),
    customDisclaimer: text().notNull().default(''),
    customizeTokenStrategy: text().notNull().default('not_allow'),
    promptPublic: boolean().notNull().default(false),
    showWorkflowSteps: boolean().notNull().default(true),
    useIconAsAnswerIcon: boolean().notNull().default(false),
    createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    updatedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('sites_code_key').on(t.code), uniqueIndex('sites_app_key').on(t.appId)],
);

/** Who may open a web app whose access mode is `private` (chosen members of the workspace). */
export const webAppAccessMembers = pgTable(
  'web_app_access_members',
  {
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.appId, t.accountId] })],
);

export type App = typeof apps.$inferSelect;
export type Site = typeof sites.$inferSelect;
