import { type ZodError } from 'zod';

/** Dify-style `invalid_param` message that names the offending field. */
export function describeZodError(error: ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid parameters.' };
  const field = issue.path.map(String).join('.');
  let detail = issue.message;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) detail = 'This field is required.';
  return { message: field ? `${field}: ${detail}` : detail, field: field || undefined };
}
