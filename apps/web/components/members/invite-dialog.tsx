'use client';

import { useTranslations, useLocale } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { CheckCircle2Icon, XCircleIcon } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { FormActions } from '@/components/form-actions';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { ASSIGNABLE_ROLES, type Role } from '@/lib/roles';
import { useTRPC } from '@/lib/trpc';

interface InvitationResult {
  status: string;
  email: string;
  url?: string | null;
  message?: string | null;
}

export function InviteDialog({ open, onOpenChange, onInvited }: { open: boolean; onOpenChange: (open: boolean) => void; onInvited: () => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const [emails, setEmails] = useState('');
  const [role, setRole] = useState<Role>('normal');
  const [results, setResults] = useState<InvitationResult[] | null>(null);
  const invite = useMutation(
    trpc.workspaces.members.invite.mutationOptions({
      onSuccess: (answer) => {
        setResults(answer.invitation_results);
        onInvited();
      },
    }),
  );

  function close(next: boolean) {
    if (!next) {
      setEmails('');
      setRole('normal');
      setResults(null);
      invite.reset();
    }
    onOpenChange(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const list = emails
      .split(/[\s,;]+/)
      .map((email) => email.trim())
      .filter(Boolean);
    if (list.length > 0) invite.mutate({ emails: list, role, language: locale });
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent closeLabel={t('common.close')} data-testid="invite-dialog">
        <DialogHeader>
          <DialogTitle>{results ? t('members.invitationResults') : t('members.inviteTitle')}</DialogTitle>
          {results ? null : <DialogDescription>{t('members.inviteDescription')}</DialogDescription>}
        </DialogHeader>
        {results ? (
          <div className="grid min-w-0 gap-3">
            <ul className="grid min-w-0 gap-2" data-testid="invitation-results">
              {results.map((result) => (
                <li key={result.email} className="min-w-0 rounded-lg border p-3 text-sm" data-testid="invitation-result">
                  <div className="flex items-center gap-2">
                    {result.status === 'success' ? (
                      <CheckCircle2Icon className="size-4 text-emerald-600" />
                    ) : (
                      <XCircleIcon className="size-4 text-destructive" />
                    )}
                    <span className="truncate font-medium">{result.email}</span>
                    <span className="ml-auto shrink-0 text-xs text-muted-foreground">
                      {result.status === 'success' ? t('members.invitationSent') : t('members.invitationFailed')}
                    </span>
                  </div>
                  {result.message ? <p className="mt-1 text-xs text-destructive">{result.message}</p> : null}
                  {result.url ? (
                    <div className="mt-2 flex items-center gap-2">
                      <span className="shrink-0 text-xs text-muted-foreground">{t('members.activationLink')}</span>
                      <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs" data-testid="invitation-url">
                        {result.url}
                      </code>
                      <CopyButton value={result.url} variant="ghost" />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            <DialogFooter>
              <Button onClick={() => close(false)} data-testid="invite-done">
                {t('members.done')}
              </Button>
            </DialogFooter>
          </div>
        ) : (
          <form className="grid gap-4" onSubmit={submit}>
            <div className="grid gap-2">
              <Label htmlFor="invite-emails">{t('members.emails')}</Label>
              <Textarea
                id="invite-emails"
                data-testid="invite-emails"
                required
                placeholder={t('members.emailsPlaceholder')}
                value={emails}
                onChange={(e) => setEmails(e.target.value)}
              />
              <p className="text-xs text-muted-foreground">{t('members.emailsHint')}</p>
            </div>
            <div className="grid gap-2">
              <Label>{t('members.role')}</Label>
              <Select value={role} onValueChange={(value) => setRole(value as Role)}>
                <SelectTrigger data-testid="invite-role" aria-label={t('members.role')}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {ASSIGNABLE_ROLES.map((value) => (
                    <SelectItem key={value} value={value} data-testid={`invite-role-${value}`}>
                      {t(`roles.${value}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <p className="text-xs text-muted-foreground">{labelFor(t, `roleDescriptions.${role}`, '')}</p>
            </div>
            <FormError>{invite.error ? errorMessage(t, invite.error) : ''}</FormError>
            <FormActions
              onCancel={() => close(false)}
              pending={invite.isPending}
              ready={emails.trim() !== ''}
              submitLabel={t('members.sendInvites')}
              pendingLabel={t('members.sending')}
              submitTestId="invite-submit"
            />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
