export { emailCodeLoginMail } from './email-code-login';
export { type MailContent, type MailLanguage, mailLanguage } from './layout';
export { resetPasswordMail } from './reset-password';
export { resetPasswordNoAccountMail } from './reset-password-no-account';
