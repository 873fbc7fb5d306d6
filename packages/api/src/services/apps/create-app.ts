import { type IconType } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { assertRole, EDITING_ROLES } from '../authz';
import { insertAppWithSite } from './app-rows';
import { assertIconUsable } from './icon';
import { defaultModelConfig, isPromptMode } from './model-config';
import { presentAppDetail } from './present-app';
import { defaultWorkflowDraft } from './workflow-draft';

export const DEFAULT_ICON = '🤖';
export const DEFAULT_ICON_BACKGROUND = '#FFEAD5';

export interface CreateAppInput {
  name: string;
  description?: string | null;
  mode: 'chat' | 'agent-chat' | 'advanced-chat' | 'workflow' | 'completion';
  icon_type?: IconType | null;
  icon?: string | null;
  icon_background?: string | null;
}

/**
 * `POST /apps`: the app, its site, and its starting configuration (a model config for prompt
 * apps, an empty draft for workflow apps), written together.
 */
export async function createApp(deps: AppDeps, actor: Actor, input: CreateAppInput) {
  assertRole(actor, EDITING_ROLES);
  const iconType = input.icon_type ?? 'emoji';
  const icon = input.icon || DEFAULT_ICON;
  await assertIconUsable(deps.db, actor.workspaceId, iconType, icon);
  const prompt = isPromptMode(input.mode);
  const { app } = await deps.db.transaction((tx) =>
    insertAppWithSite(tx, actor, {
      name: input.name,
      description: input.description ?? '',
      mode: input.mode,
      iconType,
      icon,
      iconBackground: input.icon_background || DEFAULT_ICON_BACKGROUND,
      modelConfig: prompt ? defaultModelConfig(input.mode) : null,
      workflowDraft: prompt ? null : defaultWorkflowDraft(input.mode, deps.now()),
    }),
  );
  return presentAppDetail(app, { tags: [], authorName: actor.name });
}
