import { type MailContent, mailLanguage, renderHtml } from './layout';

/** The six-digit sign-in code mailed by `/email-code-login`. */
export function emailCodeLoginMail(language: string | null | undefined, code: string): MailContent {
  if (mailLanguage(language) === 'zh-Hans') {
    const heading = 'Tessera 登录验证码';
    const lines = ['您的登录验证码如下：', '验证码 5 分钟内有效，且只能使用一次。如果这不是您本人的操作，请忽略此邮件。'];
    return {
      subject: heading,
      text: `${heading}\n\n${lines[0]}\n\n${code}\n\n${lines[1]}\n`,
      html: renderHtml(heading, lines, code),
      template: 'email_code_login',
    };
  }
  const heading = 'Your Tessera sign-in code';
  const lines = [
    'Copy and paste this code to sign in:',
    'The code is valid for 5 minutes and works once. If you did not ask to sign in, you can ignore this email.',
  ];
  return {
    subject: heading,
    text: `${heading}\n\n${lines[0]}\n\n${code}\n\n${lines[1]}\n`,
    html: renderHtml(heading, lines, code),
    template: 'email_code_login',
  };
}
