import { router } from '../../../trpc';
import { webLoginProcedure } from './login';
import { webLoginStatusProcedure } from './login-status';
import { webLogoutProcedure } from './logout';
import { webResetForgotPasswordProcedure } from './reset-forgot-password';
import { webSendEmailCodeProcedure } from './send-email-code-login';
import { webSendForgotPasswordProcedure } from './send-forgot-password';
import { webValidateEmailCodeProcedure } from './validate-email-code-login';
import { webValidateForgotPasswordProcedure } from './validate-forgot-password';

/** Web-app sign-in for workspace members (private web apps), over the console's account services. */
export const webAuthRouter = router({
  login: webLoginProcedure,
  loginStatus: webLoginStatusProcedure,
  logout: webLogoutProcedure,
  emailCodeLogin: webSendEmailCodeProcedure,
  emailCodeLoginValidity: webValidateEmailCodeProcedure,
  forgotPassword: webSendForgotPasswordProcedure,
  forgotPasswordValidity: webValidateForgotPasswordProcedure,
  forgotPasswordResets: webResetForgotPasswordProcedure,
});
