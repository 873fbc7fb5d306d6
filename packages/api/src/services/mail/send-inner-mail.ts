import { type AppDeps } from '../../deps';

export interface InnerMailInput {
  to: string[];
  subject: string;
  body: string;
  substitutions?: Record<string, string>;
}

/** Fills `{{ name }}` placeholders; unknown names are left as written. */
export function substitute(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const htmlToText = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Dify's enterprise mail: one mail per recipient, through the outbox like every other mail. */
export async function sendInnerMail(deps: AppDeps, input: InnerMailInput): Promise<void> {
  const values = input.substitutions ?? {};
  const subject = substitute(input.subject, values);
  const html = substitute(input.body, values);
  const text = htmlToText(html);
  for (const to of new Set(input.to.map((address) => address.trim().toLowerCase()))) {
    await deps.mailer.send({ to, subject, text, html, template: 'enterprise_mail' });
  }
}
