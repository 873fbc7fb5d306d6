'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type Locale } from '@/lib/i18n/config';
import { embedInputs } from '@/lib/webapp/embed-inputs';
import { firstMissing, formFields, initialInputs } from '@/lib/webapp/input-form';
import { type RequestFile } from '@/lib/webapp/types';
import { cn } from '@/lib/utils';
import { ChatTurn } from './chat-turn';
import { ChatWelcome } from './chat-welcome';
import { Composer } from './composer';
import { ConversationSidebar } from './conversation-sidebar';
import { uploadRules } from './use-attachments';
import { useChat } from './use-chat';
import { useConversations } from './use-conversations';
import { useSpeech } from './use-speech';
import { type WebappBoot } from './use-webapp-boot';
import { WebappFooter, WebappHeader } from './webapp-header';

/** A chat web app: conversations beside the chat on wide screens, in a drawer on phones, none when embedded. */
export function ChatApp({ boot, embedded, locale, onLocale }: { boot: WebappBoot; embedded: boolean; locale: Locale; onLocale: (locale: Locale) => void }) {
  const t = useTranslations('webapp');
  const { api, site, parameters } = boot;
  const search = useSearchParams();
  const fields = useMemo(() => formFields(parameters.user_input_form), [parameters]);
  const [inputs, setInputs] = useState<Record<string, unknown>>(() => initialInputs(fields));
  const [confirmed, setConfirmed] = useState(fields.length === 0);
  const [invalid, setInvalid] = useState<{ variable: string; message: string }>();
  const [menuOpen, setMenuOpen] = useState(false);
  const conversations = useConversations(api);
  const chat = useChat(api, {
    suggestFollowUps: parameters.suggested_questions_after_answer.enabled,
    onConversationStarted: () => void conversations.refresh(),
    onAnswerSettled: () => void conversations.refresh(),
  });
  const speech = useSpeech(api);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Values the embedding page passed through the embed script.
  useEffect(() => {
    if (search.size === 0) return;
    void embedInputs(search, fields.map((field) => field.variable)).then((preset) => {
      if (Object.keys(preset).length > 0) setInputs(initialInputs(fields, preset));
    });
  }, [search, fields]);

  useEffect(() => {
    const box = scrollRef.current;
    if (box && box.scrollHeight - box.scrollTop - box.clientHeight < 160) box.scrollTop = box.scrollHeight;
  }, [chat.turns]);

  const all = [...(conversations.list.data?.pinned ?? []), ...(conversations.list.data?.others ?? [])];
  const current = all.find((conversation) => conversation.id === chat.conversationId);
  const activeInputs = chat.conversationId ? (current?.inputs ?? inputs) : inputs;

  const validate = () => {
    const missing = firstMissing(fields, inputs);
    setInvalid(missing ? { variable: missing.variable, message: t('fieldRequired', { label: missing.label }) } : undefined);
    return !missing;
  };

  const send = (query: string, files: RequestFile[] = [], previews: { url: string; name: string }[] = []) => {
    if (!chat.conversationId && !validate()) {
      setConfirmed(false);
      return false;
    }
    setConfirmed(true);
    chat.send(query, activeInputs, files, previews);
    return true;
  };

  const open = (id: string | null) => {
    setMenuOpen(false);
    speech.stop();
    if (id === null) setConfirmed(fields.length === 0);
    void chat.open(id);
  };

  const features = {
    showThoughts: site.site.show_workflow_steps,
    showCitations: parameters.retriever_resource.enabled,
    canSpeak: parameters.text_to_speech.enabled,
  };

  return (
    <div className="flex h-dvh flex-col">
      <WebappHeader
        site={site.site}
        locale={locale}
        onLocale={onLocale}
        onMenu={embedded ? undefined : () => setMenuOpen((value) => !value)}
        menuOpen={menuOpen}
        onNewChat={() => open(null)}
      />
      <div className="relative flex min-h-0 flex-1">
        {!embedded ? (
          <>
            {menuOpen ? <div className="fixed inset-0 top-14 z-10 bg-black/30 md:hidden" aria-hidden onClick={() => setMenuOpen(false)} /> : null}
            <aside
              className={cn(
                'absolute inset-y-0 left-0 z-20 w-72 max-w-[85vw] border-r bg-background transition-transform md:static md:w-64 md:translate-x-0',
                menuOpen ? 'translate-x-0' : '-translate-x-full invisible md:visible',
              )}
            >
              <ConversationSidebar
                conversations={conversations}
                currentId={chat.conversationId}
                onOpen={open}
                onDeleted={(id) => {
                  if (id === chat.conversationId) open(null);
                }}
              />
            </aside>
          </>
        ) : null}
        <main className="flex min-w-0 flex-1 flex-col">
          <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto">
            <div className="mx-auto w-full max-w-3xl space-y-5 px-3 py-4 sm:px-4">
              {chat.turns.length === 0 && !chat.conversationId ? (
                <ChatWelcome
                  fields={fields}
                  inputs={inputs}
                  onInputs={setInputs}
                  confirmed={confirmed}
                  onConfirm={() => {
                    if (validate()) setConfirmed(true);
                  }}
                  onEdit={() => setConfirmed(false)}
                  invalid={invalid?.variable}
                  error={invalid?.message}
                  openingStatement={parameters.opening_statement}
                  suggestions={parameters.suggested_questions}
                  onAsk={(question) => send(question)}
                />
              ) : null}
              <ol className="space-y-5" aria-live="polite" aria-busy={chat.busy}>
                {chat.turns.map((turn, index) => (
                  <ChatTurn
                    key={turn.key}
                    turn={turn}
                    last={index === chat.turns.length - 1}
                    busy={chat.busy}
                    features={features}
                    speaking={speech.playing === turn.answer.messageId}
                    onRate={(rating) => void chat.rate(turn, rating)}
                    onRegenerate={() => chat.send(turn.query, activeInputs, [], [], turn.key)}
                    onSpeak={() => (speech.playing === turn.answer.messageId ? speech.stop() : void speech.play(turn.answer.messageId!))}
                    onAsk={(question) => send(question)}
                  />
                ))}
              </ol>
            </div>
          </div>
          <div className="mx-auto w-full max-w-3xl px-3 pb-2 sm:px-4">
            <Composer
              api={api}
              busy={chat.busy}
              upload={uploadRules(parameters.file_upload)}
              speechToText={parameters.speech_to_text.enabled}
              onSend={send}
              onStop={() => void chat.stop()}
            />
          </div>
          <WebappFooter site={site.site} />
        </main>
      </div>
    </div>
  );
}
