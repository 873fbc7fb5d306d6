'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2Icon } from 'lucide-react';
import { IconButton } from '@/components/ui/icon-button';
import { type Page, type SavedMessage } from '@/lib/webapp/types';
import { type WebApi } from '@/lib/webapp/web-api';
import { AnswerActions } from './answer-actions';
import { Markdown } from './markdown';

export const savedKey = (code: string) => ['webapp', code, 'saved'];

export function useSavedMessages(api: WebApi) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: savedKey(api.code), queryFn: () => api.get<Page<SavedMessage>>('/saved-messages?limit=100') });
  const refresh = () => client.invalidateQueries({ queryKey: savedKey(api.code) });
  const save = useMutation({ mutationFn: (messageId: string) => api.json('POST', '/saved-messages', { message_id: messageId }), onSettled: refresh });
  const remove = useMutation({ mutationFn: (messageId: string) => api.json('DELETE', `/saved-messages/${messageId}`), onSettled: refresh });
  return { list, save, remove };
}

/** The visitor's saved generations, newest first, each copyable and removable. */
export function SavedMessages({ saved }: { saved: ReturnType<typeof useSavedMessages> }) {
  const t = useTranslations('webapp');
  const items = saved.list.data?.data ?? [];
  if (saved.list.isPending) return <p className="text-sm text-muted-foreground">{t('loading')}</p>;
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{t('noSaved')}</p>;
  return (
    <ul className="space-y-3" data-testid="webapp-saved-list">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl border bg-card p-3 shadow-xs" data-testid="webapp-saved-item">
          <Markdown text={item.answer} />
          <AnswerActions text={item.answer}>
            <IconButton label={t('unsaveMessage')} onClick={() => saved.remove.mutate(item.id)} data-testid="webapp-saved-remove">
              <Trash2Icon />
            </IconButton>
          </AnswerActions>
        </li>
      ))}
    </ul>
  );
}
