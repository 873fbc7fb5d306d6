'use client';

import { ChatApp } from './chat-app';
import { WebappEntry } from './webapp-entry';

/** `/chat/{code}` and, embedded, `/chatbot/{code}`. */
export function ChatEntry({ code, embedded }: { code: string; embedded: boolean }) {
  return <WebappEntry code={code} kind={embedded ? 'chatbot' : 'chat'} render={(props) => <ChatApp {...props} embedded={embedded} />} />;
}
