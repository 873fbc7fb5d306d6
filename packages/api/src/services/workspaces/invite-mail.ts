const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface InviteMailInput {
  inviterName: string;
  workspaceName: string;
  url: string;
  expiryHours: number;
}

export interface InviteMail {
  subject: string;
  text: string;
  html: string;
  template: 'invite_member';
}

function render(heading: string, before: string, button: string, after: string, url: string): InviteMail {
  const p = (text: string) => `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:#354052">${escapeHtml(text)}</p>`;
  const html = [
    '<!DOCTYPE html><html><body style="margin:0;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif">',
    '<div style="max-width:504px;margin:0 auto">',
    `<h1 style="margin:0 0 16px;font-size:22px;color:#101828">${escapeHtml(heading)}</h1>`,
    p(before),
    `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#155eef;color:#ffffff;border-radius:8px;text-decoration:none;font-size:14px">${escapeHtml(button)}</a></p>`,
    p(after),
    '</div></body></html>',
  ].join('');
  return { subject: heading, text: `${heading}\n\n${before}\n\n${url}\n\n${after}\n`, html, template: 'invite_member' };
}

/** The invitation mail: who invited whom to which workspace, and the activation link. */
export function inviteMemberMail(language: string | null | undefined, input: InviteMailInput): InviteMail {
  if (language === 'zh-Hans') {
    return render(
      `加入 ${input.workspaceName}`,
      `${input.inviterName} 邀请您加入 Tessera 工作空间「${input.workspaceName}」。点击下方链接设置您的账户：`,
      '接受邀请',
      `链接 ${input.expiryHours} 小时内有效，且只能使用一次。如果您不认识邀请人，请忽略此邮件。`,
      input.url,
    );
  }
  return render(
    `Join ${input.workspaceName}`,
    `${input.inviterName} invited you to join the Tessera workspace "${input.workspaceName}". Open the link below to set up your account:`,
    'Accept the invitation',
    `The link is valid for ${input.expiryHours} hours and works once. If you do not know the sender, ignore this email.`,
    input.url,
  );
}
