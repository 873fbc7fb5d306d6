'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

/** Adds or replaces the annotation of one answer: the reply given next time the same question comes. */
export function AnnotationEditor({
  appId,
  messageId,
  question,
  initialAnswer,
  onDone,
}: {
  appId: string;
  messageId: string;
  question: string;
  initialAnswer: string;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [q, setQ] = useState(question);
  const [answer, setAnswer] = useState(initialAnswer);
  const save = useMutation(
    trpc.annotations.create.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.messageLogs.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.conversationLogs.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.annotations.pathKey() }),
        ]);
        onDone();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ app_id: appId, message_id: messageId, question: q, answer });
  };
  return (
    <form onSubmit={submit} className="grid gap-2 rounded-lg border border-primary/30 bg-primary/5 p-3" data-testid="annotation-editor">
      <Label htmlFor={`annotation-q-${messageId}`}>{t('studio.annotations.question')}</Label>
      <Textarea id={`annotation-q-${messageId}`} rows={2} value={q} onChange={(e) => setQ(e.target.value)} data-testid="annotation-question" />
      <Label htmlFor={`annotation-a-${messageId}`}>{t('studio.annotations.answer')}</Label>
      <Textarea id={`annotation-a-${messageId}`} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} data-testid="annotation-answer" />
      <FormError>{save.error ? errorMessage(t, save.error) : ''}</FormError>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" size="sm" disabled={!answer.trim() || save.isPending} data-testid="annotation-save">
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
