import { type MailContent, mailLanguage, renderHtml } from './layout';

/**
 * Sent instead of a code when `/forgot-password` is asked about an address with no account, so
 * the endpoint answers the same either way and only the mailbox owner learns the difference.
 */
export function resetPasswordNoAccountMail(language: string | null | undefined, email: string): MailContent {
  if (mailLanguage(language) === 'zh-Hans') {
    const heading = '重置您的 Tessera 密码';
    const lines = [
      `有人为 ${email} 申请了 Tessera 密码重置，但该邮箱没有对应的账号。`,
      '如果这不是您本人的操作，请忽略此邮件。如需使用 Tessera，请联系管理员邀请您加入工作空间。',
    ];
    return {
      subject: heading,
      text: `${heading}\n\n${lines.join('\n\n')}\n`,
      html: renderHtml(heading, lines),
      template: 'reset_password_no_account',
    };
  }
  const heading = 'Reset your Tessera password';
  const lines = [
    `Someone asked to reset the Tessera password of ${email}, but there is no account with this address.`,
    'If it was not you, ignore this email. To use Tessera, ask an administrator to invite you to a workspace.',
  ];
  return {
    subject: heading,
    text: `${heading}\n\n${lines.join('\n\n')}\n`,
    html: renderHtml(heading, lines),
    template: 'reset_password_no_account',
  };
}
