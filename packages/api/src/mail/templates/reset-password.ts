import { type MailContent, mailLanguage, renderHtml } from './layout';

/** The six-digit code mailed by `/forgot-password` to an existing account. */
export function resetPasswordMail(language: string | null | undefined, code: string): MailContent {
  if (mailLanguage(language) === 'zh-Hans') {
    const heading = '重置您的 Tessera 密码';
    const lines = ['请使用以下验证码重置密码：', '验证码 5 分钟内有效，且只能使用一次。如果您没有申请重置密码，请忽略此邮件，您的密码不会改变。'];
    return {
      subject: heading,
      text: `${heading}\n\n${lines[0]}\n\n${code}\n\n${lines[1]}\n`,
      html: renderHtml(heading, lines, code),
      template: 'reset_password',
    };
  }
  const heading = 'Reset your Tessera password';
  const lines = [
    'Use this code to reset your password:',
    'The code is valid for 5 minutes and works once. If you did not ask for a reset, ignore this email: your password stays as it is.',
  ];
  return {
    subject: heading,
    text: `${heading}\n\n${lines[0]}\n\n${code}\n\n${lines[1]}\n`,
    html: renderHtml(heading, lines, code),
    template: 'reset_password',
  };
}
