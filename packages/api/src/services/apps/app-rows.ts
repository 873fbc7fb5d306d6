import { eq } from 'drizzle-orm';
import { accounts, type App, type AppMode, type IconType, type Site, type Queryable, type Transaction } from '@tessera/db';
import { randomAlphanumeric } from '../../auth/tokens';
import { type Actor } from '../../callers';
import { appsStore } from '../../data/apps';
import { appDatasetJoinStore } from '../../data/datasets/app-dataset-join-store';
import { siteCodeTaken } from '../../data/unscoped';
import { errors } from '../../errors';
import { addConfigVersion } from '../app-config/config-versions';
import { appDatasetIds } from '../app-retrieval/app-datasets';
import { type ModelConfig } from './model-config';
import { type WorkflowDraft } from './workflow-draft';


/** The app, if it is one of the workspace's; otherwise 404 `app_not_found` (Dify's app loader). */
export async function findWorkspaceApp(db: Queryable, workspaceId: string, appId: string): Promise<App> {
  const app = await appsStore(db, workspaceId).find(appId);
  if (!app) throw errors.appNotFound();
  return app;
}

export interface NewApp {
  name: string;
  description: string;
  mode: AppMode;
  iconType: IconType;
  icon: string;
  iconBackground: string;
  useIconAsAnswerIcon?: boolean;
  modelConfig: ModelConfig | null;
  workflowDraft: WorkflowDraft | null;
}

/** A 16-character code no site uses yet (the web app's public address). */
export async function uniqueSiteCode(tx: Queryable): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = randomAlphanumeric(16);
    if (!(await siteCodeTaken(tx, code))) return code;
  }
  throw new Error('could not find a free site code');
}

/**
 * Inserts the app and its web-app site (Dify's `app_was_created` handler): the site is titled
 * after the app, copies its icon and speaks the creator's interface language. A prompt app's
 * configuration becomes its version 1, so every prompt app has a current version.
 */
export async function insertAppWithSite(tx: Transaction, actor: Actor, values: NewApp): Promise<{ app: App; site: Site }> {
  const store = appsStore(tx, actor.workspaceId);
  const inserted = await store.insert({
      name: values.name,
      description: values.description,
      mode: values.mode,
      iconType: values.iconType,
      icon: values.icon,
      iconBackground: values.iconBackground,
      useIconAsAnswerIcon: values.useIconAsAnswerIcon ?? false,
      enableSite: true,
      enableApi: true,
      modelConfig: values.modelConfig,
      workflowDraft: values.workflowDraft,
      createdBy: actor.accountId,
      updatedBy: actor.accountId,
    });
  let app = inserted;
  if (values.modelConfig) {
    const version = await addConfigVersion(tx, {
      workspaceId: actor.workspaceId,
      appId: app.id,
      config: values.modelConfig,
      createdBy: actor.accountId,
      now: app.updatedAt,
    });
    app = { ...app, appModelConfigId: version.id };
    await appDatasetJoinStore(tx, actor.workspaceId).linkExisting(app.id, appDatasetIds(values.modelConfig as never));
  }
  const [account] = await tx.select({ language: accounts.interfaceLanguage }).from(accounts).where(eq(accounts.id, actor.accountId));
  const site = await store.insertSite(app.id, {
      code: await uniqueSiteCode(tx),
      title: app.name,
      iconType: app.iconType,
      icon: app.icon,
      iconBackground: app.iconBackground,
      defaultLanguage: account?.language ?? 'en-US',
      customizeTokenStrategy: 'not_allow',
      createdBy: actor.accountId,
      updatedBy: actor.accountId,
    });
  return { app, site };
}
