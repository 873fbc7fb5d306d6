import { appKeyProcedure } from '../../auth/app-key';
import { assertChatApp } from '../../services/apps/app-mode-gates';

/** Service API procedures for chat-family apps only; others answer 400 `not_chat_app`. */
export const chatAppKeyProcedure = appKeyProcedure.use(({ ctx, next }) => {
  assertChatApp(ctx.app.mode);
  return next();
});
