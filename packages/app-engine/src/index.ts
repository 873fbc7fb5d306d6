export * from './errors';

export * from './config/user-input-form';
export * from './config/features';
export * from './config/agent-mode';
export * from './config/prompt-config';
export * from './config/dataset-configs';
export * from './config/model';
export * from './config/model-config';
export { defaultModelConfig } from './config/defaults';
export { normalizeModelConfig } from './config/normalize-model-config';
export { validateModelConfig, type ModelConfigContext } from './config/validate-model-config';
export { checkCompletionParams } from './config/completion-params';

export { validateInputs, type FileResolver, type ValidateInputsOptions } from './inputs/validate-inputs';

export { buildPrompt } from './prompt/build-prompt';
export type { BuiltPrompt, PromptBuildInput } from './prompt/prompt-input';
export { filesAsContentParts, type PromptFile, type PromptFileType } from './prompt/files';
export { renderTemplate, variableKeys } from './prompt/template';

export { fitHistory, historyText, type HistoryTurn, type HistoryToolCall, type HistoryWindow } from './memory/history';
export { countMessageTokens, countTextTokens } from './memory/token-count';
export { restTokens } from './memory/rest-tokens';

export { runPromptApp } from './run/run-prompt-app';
export { emptyUsage } from './run/usage';
export type { AgentThought, Emit, EngineEvent, RunDeps, RunInput, RunOutcome } from './run/types';

export { ReactOutputParser, parseAction, type ReactAction, type ReactSegment } from './agent/react-parser';

export { createToolRegistry, type ToolRegistry } from './tools/registry';
export { consoleProvider, type ConsoleTool, type ConsoleToolProvider } from './tools/console-shape';
export { toolDefinition } from './tools/llm-schema';
export type { Tool, ToolInvocationContext, ToolParameter, ToolProvider, ToolProviderType } from './tools/types';
export { builtinToolProviders, evaluateExpression, type WebscraperOptions } from './tools/builtin';

export { moderateInputs } from './moderation/input-moderation';
export { OutputModerator, MODERATION_BUFFER_SIZE } from './moderation/output-moderation';
export { moderationRule } from './moderation/moderation-rule';
export type { ExternalModeration, ModerationRule, ModerationVerdict, ResolveModel } from './moderation/types';

export {
  generateConversationName,
  fallbackConversationName,
  type GeneratorDeps,
} from './generators/conversation-name';
export { generateSuggestedQuestions, parseSuggestedQuestions } from './generators/suggested-questions';
export { generateMoreLikeThis, moreLikeThisConfig, MORE_LIKE_THIS_TEMPERATURE } from './generators/more-like-this';
