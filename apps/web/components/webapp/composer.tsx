'use client';

import { useTranslations } from 'next-intl';
import { ArrowUpIcon, MicIcon, PaperclipIcon, SquareIcon, XIcon } from 'lucide-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { IconButton } from '@/components/ui/icon-button';
import { type RequestFile } from '@/lib/webapp/types';
import { type WebApi } from '@/lib/webapp/web-api';
import { useAttachments } from './use-attachments';
import { useRecorder } from './use-recorder';

export interface ComposerProps {
  api: WebApi;
  busy: boolean;
  upload?: { accept: string; limit: number };
  speechToText: boolean;
  onSend: (text: string, files: RequestFile[], previews: { url: string; name: string }[]) => boolean | void;
  onStop: () => void;
}

/** The message box: Enter sends, Shift+Enter breaks the line; attachments and voice when the app allows them. */
export function Composer({ api, busy, upload, speechToText, onSend, onStop }: ComposerProps) {
  const t = useTranslations('webapp');
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const attachments = useAttachments(api);
  const recorder = useRecorder(api, (spoken) => setText((current) => (current ? `${current} ${spoken}` : spoken)));

  const submit = () => {
    const query = text.trim();
    if (!query || busy || attachments.uploading) return;
    const previews = attachments.ready.map((item) => ({ url: item.preview ?? '', name: item.name }));
    if (onSend(query, attachments.ready.map((item) => item.file!), previews) === false) return;
    setText('');
    attachments.clear();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      className="rounded-2xl border bg-card p-2 shadow-sm focus-within:ring-[3px] focus-within:ring-ring/30"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="webapp-composer"
    >
      {attachments.items.length > 0 ? (
        <ul className="mb-2 flex flex-wrap gap-2" aria-label={t('attach')}>
          {attachments.items.map((item) => (
            <li key={item.key} className="relative flex items-center gap-1.5 rounded-md border bg-muted/50 py-1 pr-1 pl-1.5 text-xs" data-testid="webapp-attachment" data-status={item.status}>
              {item.preview ? (
                // a local preview of the visitor's own file
                <img src={item.preview} alt="" className="size-8 rounded object-cover" />
              ) : null}
              <span className="max-w-32 truncate">{item.status === 'failed' ? t('uploadFailed', { name: item.name }) : item.name}</span>
              {item.status === 'uploading' ? <span className="text-muted-foreground">{t('uploading')}</span> : null}
              <IconButton label={t('removeAttachment', { name: item.name })} size="icon-sm" className="size-6" onClick={() => attachments.remove(item.key)}>
                <XIcon />
              </IconButton>
            </li>
          ))}
        </ul>
      ) : null}
      <textarea
        aria-label={t('composerLabel')}
        placeholder={t('composerPlaceholder')}
        data-testid="webapp-composer-input"
        rows={1}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        className="max-h-40 min-h-10 w-full resize-none bg-transparent px-2 py-1.5 text-base outline-none placeholder:text-muted-foreground md:text-sm [field-sizing:content]"
      />
      <div className="flex items-center gap-1">
        {upload ? (
          <>
            <input
              ref={fileInput}
              type="file"
              multiple={upload.limit > 1}
              accept={upload.accept}
              className="hidden"
              data-testid="webapp-file-input"
              onChange={(event) => {
                if (event.target.files) attachments.add(Array.from(event.target.files).slice(0, Math.max(0, upload.limit - attachments.items.length)));
                event.target.value = '';
              }}
            />
            <IconButton label={t('attach')} onClick={() => fileInput.current?.click()} disabled={attachments.items.length >= upload.limit}>
              <PaperclipIcon />
            </IconButton>
          </>
        ) : null}
        {speechToText ? (
          <IconButton
            label={recorder.state === 'recording' ? t('stopRecording') : t('record')}
            onClick={recorder.state === 'recording' ? recorder.stop : recorder.start}
            disabled={recorder.state === 'transcribing'}
            aria-pressed={recorder.state === 'recording'}
          >
            {recorder.state === 'recording' ? <SquareIcon className="text-destructive" /> : <MicIcon />}
          </IconButton>
        ) : null}
        {recorder.state === 'denied' ? <span className="text-xs text-destructive">{t('microphoneDenied')}</span> : null}
        <div className="flex-1" />
        {busy ? (
          <IconButton label={t('stop')} variant="outline" onClick={onStop} data-testid="webapp-stop">
            <SquareIcon />
          </IconButton>
        ) : (
          <IconButton label={t('send')} variant="default" type="submit" disabled={!text.trim() || attachments.uploading} data-testid="webapp-send">
            <ArrowUpIcon />
          </IconButton>
        )}
      </div>
    </form>
  );
}
