import { route } from '../../meta';

export { ZSendForgotPasswordRequest as ZSendResetPasswordRequest } from './send-forgot-password.types';
export { ZSendForgotPasswordResponse as ZSendResetPasswordResponse } from './send-forgot-password.types';

export const sendResetPasswordMeta = route({
  method: 'POST',
  path: '/reset-password',
  protect: false,
  tags: ['Auth'],
  summary: 'Legacy alias of POST /forgot-password',
});
