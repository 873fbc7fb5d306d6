'use client';

import { useTranslations } from 'next-intl';
import { BookmarkIcon, CopyPlusIcon, SquareIcon } from 'lucide-react';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { type Locale } from '@/lib/i18n/config';
import { embedInputs } from '@/lib/webapp/embed-inputs';
import { firstMissing, formFields, initialInputs } from '@/lib/webapp/input-form';
import { cn } from '@/lib/utils';
import { AnswerActions } from './answer-actions';
import { InputFormFields } from './input-form-fields';
import { Markdown } from './markdown';
import { SavedMessages, useSavedMessages } from './saved-messages';
import { useCompletion } from './use-completion';
import { useSpeech } from './use-speech';
import { type WebappBoot } from './use-webapp-boot';
import { WebappFooter, WebappHeader } from './webapp-header';

/** A completion web app: the input form, its generations (with "more like this"), and the saved ones. */
export function CompletionApp({ boot, locale, onLocale }: { boot: WebappBoot; locale: Locale; onLocale: (locale: Locale) => void }) {
  const t = useTranslations('webapp');
  const { api, site, parameters } = boot;
  const search = useSearchParams();
  const fields = useMemo(() => formFields(parameters.user_input_form), [parameters]);
  const [inputs, setInputs] = useState<Record<string, unknown>>(() => initialInputs(fields));
  const [invalid, setInvalid] = useState<{ variable: string; message: string }>();
  const [tab, setTab] = useState<'create' | 'saved'>('create');
  const saved = useSavedMessages(api);
  const completion = useCompletion(api, useCallback(() => undefined, []));
  const speech = useSpeech(api);
  const savedIds = new Set((saved.list.data?.data ?? []).map((item) => item.id));

  useEffect(() => {
    if (search.size === 0) return;
    void embedInputs(search, fields.map((field) => field.variable)).then((preset) => {
      if (Object.keys(preset).length > 0) setInputs(initialInputs(fields, preset));
    });
  }, [search, fields]);

  const run = () => {
    const missing = firstMissing(fields, inputs);
    setInvalid(missing ? { variable: missing.variable, message: t('fieldRequired', { label: missing.label }) } : undefined);
    if (!missing) completion.run(inputs);
  };

  const tabButton = (value: 'create' | 'saved', label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={tab === value}
      data-testid={`webapp-tab-${value}`}
      onClick={() => setTab(value)}
      className={cn('border-b-2 px-3 py-2 text-sm', tab === value ? 'border-primary font-medium text-foreground' : 'border-transparent text-muted-foreground')}
    >
      {label}
    </button>
  );

  return (
    <div className="flex min-h-dvh flex-col">
      <WebappHeader site={site.site} locale={locale} onLocale={onLocale} />
      <div role="tablist" className="flex gap-1 border-b bg-background px-3">
        {tabButton('create', t('create'))}
        {tabButton('saved', t('savedTab'))}
      </div>
      <main className="mx-auto w-full max-w-5xl flex-1 px-3 py-4 sm:px-4">
        {tab === 'saved' ? (
          <SavedMessages saved={saved} />
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            <form
              className="space-y-4"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                run();
              }}
            >
              {site.site.description ? <p className="text-sm text-muted-foreground">{site.site.description}</p> : null}
              <InputFormFields fields={fields} values={inputs} onChange={setInputs} invalid={invalid?.variable} />
              {invalid ? (
                <p role="alert" className="text-sm text-destructive" data-testid="webapp-input-error">
                  {invalid.message}
                </p>
              ) : null}
              <div className="flex gap-2">
                <Button type="button" variant="outline" onClick={() => setInputs(initialInputs(fields))}>
                  {t('clear')}
                </Button>
                {completion.busy ? (
                  <Button type="button" variant="outline" onClick={() => void completion.stop()} data-testid="webapp-stop">
                    <SquareIcon />
                    {t('stop')}
                  </Button>
                ) : (
                  <Button type="submit" data-testid="webapp-run">
                    {t('run')}
                  </Button>
                )}
              </div>
            </form>
            <section aria-label={t('results')} className="space-y-3" aria-live="polite">
              {completion.results.map((result, index) => (
                <article key={result.key} className="rounded-xl border bg-card p-3 shadow-xs" data-testid="webapp-result" data-status={result.answer.status}>
                  <h2 className="mb-1 text-xs font-medium text-muted-foreground">
                    {completion.results.length > 1 ? t('resultNumbered', { n: index + 1 }) : t('result')}
                  </h2>
                  {result.answer.answer ? <Markdown text={result.answer.answer} /> : <p className="animate-pulse text-sm text-muted-foreground">{t('running')}</p>}
                  {result.answer.status === 'error' ? (
                    <p role="alert" className="mt-1 text-sm text-destructive">
                      {result.answer.error === 'connection' ? t('errorConnection') : result.answer.error === 'expired' ? t('errorExpired') : result.answer.error}
                    </p>
                  ) : null}
                  {result.answer.status !== 'streaming' && result.answer.messageId ? (
                    <AnswerActions
                      text={result.answer.answer}
                      feedback={result.feedback}
                      onRate={(rating) => void completion.rate(result, rating)}
                      speaking={speech.playing === result.answer.messageId}
                      onSpeak={
                        parameters.text_to_speech.enabled
                          ? () => (speech.playing === result.answer.messageId ? speech.stop() : void speech.play(result.answer.messageId!))
                          : undefined
                      }
                    >
                      <IconButton
                        label={savedIds.has(result.answer.messageId) ? t('savedDone') : t('saveMessage')}
                        aria-pressed={savedIds.has(result.answer.messageId)}
                        data-testid="webapp-result-save"
                        onClick={() => (savedIds.has(result.answer.messageId!) ? saved.remove.mutate(result.answer.messageId!) : saved.save.mutate(result.answer.messageId!))}
                      >
                        <BookmarkIcon className={savedIds.has(result.answer.messageId) ? 'fill-current' : undefined} />
                      </IconButton>
                      {parameters.more_like_this.enabled && !completion.busy ? (
                        <IconButton label={t('moreLikeThis')} data-testid="webapp-result-more" onClick={() => completion.moreLikeThis(result.answer.messageId!, inputs)}>
                          <CopyPlusIcon />
                        </IconButton>
                      ) : null}
                    </AnswerActions>
                  ) : null}
                </article>
              ))}
            </section>
          </div>
        )}
      </main>
      <WebappFooter site={site.site} />
    </div>
  );
}
