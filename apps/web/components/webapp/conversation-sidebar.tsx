'use client';

import { useTranslations } from 'next-intl';
import { PencilIcon, PinIcon, PinOffIcon, PlusIcon, Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { type Conversation } from '@/lib/webapp/types';
import { cn } from '@/lib/utils';
import { type useConversations } from './use-conversations';

// The confirmation (and its dialog library) is fetched the first time a visitor deletes.
const DeleteConversationDialog = dynamic(() => import('./delete-conversation-dialog').then((module) => module.DeleteConversationDialog));

interface Props {
  conversations: ReturnType<typeof useConversations>;
  currentId: string | null;
  onOpen: (id: string | null) => void;
  onDeleted: (id: string) => void;
}

/** The visitor's conversations: pinned first, each with pin, rename and delete. */
export function ConversationSidebar({ conversations, currentId, onOpen, onDeleted }: Props) {
  const t = useTranslations('webapp');
  const [deleting, setDeleting] = useState<Conversation | null>(null);
  const data = conversations.list.data;

  const group = (title: string, items: Conversation[], pinned: boolean) =>
    items.length > 0 ? (
      <section aria-label={title} className="space-y-1">
        <h2 className="px-2 pt-3 text-xs font-medium uppercase tracking-wide text-muted-foreground">{title}</h2>
        <ul className="space-y-0.5">
          {items.map((conversation) => (
            <ConversationRow
              key={conversation.id}
              conversation={conversation}
              pinned={pinned}
              current={conversation.id === currentId}
              onOpen={() => onOpen(conversation.id)}
              onPin={() => conversations.pin.mutate({ id: conversation.id, pinned: !pinned })}
              onRename={(name) => conversations.rename.mutateAsync({ id: conversation.id, name })}
              onDelete={() => setDeleting(conversation)}
            />
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <nav aria-label={t('conversations')} className="flex h-full flex-col gap-2 p-3" data-testid="webapp-sidebar">
      <Button onClick={() => onOpen(null)} data-testid="webapp-new-chat">
        <PlusIcon />
        {t('newChat')}
      </Button>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {data ? (
          <>
            {group(t('pinned'), data.pinned, true)}
            {group(t('recent'), data.others, false)}
            {data.pinned.length + data.others.length === 0 ? <p className="px-2 pt-4 text-sm text-muted-foreground">{t('noConversations')}</p> : null}
          </>
        ) : null}
      </div>
      {deleting ? (
        <DeleteConversationDialog
          pending={conversations.remove.isPending}
          error={conversations.remove.error}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            if (!deleting) return;
            await conversations.remove.mutateAsync(deleting.id);
            onDeleted(deleting.id);
            setDeleting(null);
          }}
        />
      ) : null}
    </nav>
  );
}

function ConversationRow(props: {
  conversation: Conversation;
  pinned: boolean;
  current: boolean;
  onOpen: () => void;
  onPin: () => void;
  onRename: (name: string) => Promise<unknown>;
  onDelete: () => void;
}) {
  const t = useTranslations('webapp');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(props.conversation.name);

  if (editing) {
    return (
      <li>
        <form
          className="flex items-center gap-1 px-1"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!name.trim()) return;
            await props.onRename(name.trim());
            setEditing(false);
          }}
        >
          <input
            aria-label={t('renameLabel')}
            data-testid="webapp-rename-input"
            className="h-8 min-w-0 flex-1 rounded-md border border-input bg-card px-2 text-sm"
            value={name}
            maxLength={100}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
            }}
          />
          <Button type="submit" size="sm" data-testid="webapp-rename-save">
            {t('save')}
          </Button>
        </form>
      </li>
    );
  }

  return (
    <li
      data-testid="webapp-conversation"
      className={cn('group flex items-center rounded-md pr-1 hover:bg-accent', props.current && 'bg-accent text-accent-foreground')}
    >
      <button
        type="button"
        onClick={props.onOpen}
        aria-current={props.current ? 'page' : undefined}
        className="min-w-0 flex-1 truncate px-2 py-2 text-left text-sm"
        data-testid="webapp-conversation-open"
      >
        {props.conversation.name}
      </button>
      <div className="flex shrink-0 opacity-100 md:opacity-0 md:group-focus-within:opacity-100 md:group-hover:opacity-100">
        <IconButton label={`${props.pinned ? t('unpin') : t('pin')}: ${props.conversation.name}`} onClick={props.onPin} data-testid="webapp-conversation-pin">
          {props.pinned ? <PinOffIcon /> : <PinIcon />}
        </IconButton>
        <IconButton
          label={t('renameConversation', { name: props.conversation.name })}
          data-testid="webapp-conversation-rename"
          onClick={() => {
            setName(props.conversation.name);
            setEditing(true);
          }}
        >
          <PencilIcon />
        </IconButton>
        <IconButton label={t('deleteConversation', { name: props.conversation.name })} onClick={props.onDelete} data-testid="webapp-conversation-delete">
          <Trash2Icon />
        </IconButton>
      </div>
    </li>
  );
}
