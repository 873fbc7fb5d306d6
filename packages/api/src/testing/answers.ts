import { type TestResponse } from './app';

/**
 * How many answers of each `status code` a burst of parallel requests got, e.g.
 * `{ '401 authentication_failed': 6, '429 email_code_login_limit': 54 }`.
 */
export function tallyAnswers(answers: TestResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const res of answers) {
    const key = `${res.status} ${res.body?.code ?? res.body?.result ?? ''}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
