'use client';

import { CompletionApp } from './completion-app';
import { WebappEntry } from './webapp-entry';

/** `/completion/{code}`. */
export function CompletionEntry({ code }: { code: string }) {
  return <WebappEntry code={code} kind="completion" render={(props) => <CompletionApp {...props} />} />;
}
