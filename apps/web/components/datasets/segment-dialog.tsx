'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';

export interface SegmentValues {
  content: string;
  answer: string;
  keywords: string[];
}

/** Adds or edits a chunk: content (the question of a Q&A chunk), its answer, and keywords. */
export function SegmentDialog({
  open,
  title,
  initial,
  qa,
  pending,
  error,
  onOpenChange,
  onSubmit,
}: {
  open: boolean;
  title: string;
  initial: SegmentValues | null;
  qa: boolean;
  pending: boolean;
  error: unknown;
  onOpenChange: (open: boolean) => void;
  onSubmit: (values: SegmentValues) => void;
}) {
  const t = useTranslations();
  const s = useTranslations('datasets.segments');
  const [values, setValues] = useState<SegmentValues>({ content: '', answer: '', keywords: [] });
  const [keywords, setKeywords] = useState('');
  const [seeded, setSeeded] = useState<SegmentValues | null>(null);
  if (open && initial !== seeded) {
    setSeeded(initial);
    setValues(initial ?? { content: '', answer: '', keywords: [] });
    setKeywords((initial?.keywords ?? []).join(', '));
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('common.close')} data-testid="segment-dialog">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
        </DialogHeader>
        <form
          className="grid gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit({ ...values, keywords: keywords.split(',').map((k) => k.trim()).filter(Boolean) });
          }}
        >
          <div className="grid gap-1">
            <Label htmlFor="segment-content">{qa ? s('question') : s('content')}</Label>
            <Textarea id="segment-content" rows={6} value={values.content} onChange={(e) => setValues({ ...values, content: e.target.value })} data-testid="segment-content" />
          </div>
          {qa ? (
            <div className="grid gap-1">
              <Label htmlFor="segment-answer">{s('answer')}</Label>
              <Textarea id="segment-answer" rows={4} value={values.answer} onChange={(e) => setValues({ ...values, answer: e.target.value })} />
            </div>
          ) : null}
          <div className="grid gap-1">
            <Label htmlFor="segment-keywords">{s('keywords')}</Label>
            <Input id="segment-keywords" value={keywords} onChange={(e) => setKeywords(e.target.value)} data-testid="segment-keywords" />
            <p className="text-xs text-muted-foreground">{s('keywordsHint')}</p>
          </div>
          <FormError>{error ? errorMessage(t, error) : ''}</FormError>
          <Button type="submit" disabled={pending || !values.content.trim()} data-testid="segment-save">
            {pending ? t('common.saving') : t('common.save')}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
