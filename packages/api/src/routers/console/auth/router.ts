import { router } from '../../../trpc';
import { loginProcedure } from './login';
import { logoutProcedure } from './logout';
import { logoutGetProcedure } from './logout-get';
import { refreshTokenProcedure } from './refresh-token';
import { resetForgotPasswordProcedure } from './reset-forgot-password';
import { sendEmailCodeLoginProcedure } from './send-email-code-login';
import { sendForgotPasswordProcedure } from './send-forgot-password';
import { sendResetPasswordProcedure } from './send-reset-password';
import { validateEmailCodeLoginProcedure } from './validate-email-code-login';
import { validateForgotPasswordProcedure } from './validate-forgot-password';

export const authRouter = router({
  login: loginProcedure,
  logout: logoutProcedure,
  logoutGet: logoutGetProcedure,
  refreshToken: refreshTokenProcedure,
  emailCodeLogin: sendEmailCodeLoginProcedure,
  emailCodeLoginValidity: validateEmailCodeLoginProcedure,
  forgotPassword: sendForgotPasswordProcedure,
  forgotPasswordValidity: validateForgotPasswordProcedure,
  forgotPasswordResets: resetForgotPasswordProcedure,
  resetPassword: sendResetPasswordProcedure,
});
