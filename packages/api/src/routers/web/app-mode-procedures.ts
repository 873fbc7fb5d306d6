import { assertChatApp, assertCompletionApp } from '../../services/apps/app-mode-gates';
import { passportProcedure } from './passport-procedure';

/** Web-app procedures of chat-family apps; others answer 400 `not_chat_app`. */
export const chatPassportProcedure = passportProcedure.use(({ ctx, next }) => {
  assertChatApp(ctx.passport.mode);
  return next();
});

/** Web-app procedures of completion apps; others answer 400 `not_completion_app`. */
export const completionPassportProcedure = passportProcedure.use(({ ctx, next }) => {
  assertCompletionApp(ctx.passport.mode, 'web');
  return next();
});
