'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UserMinusIcon, UserPlusIcon } from 'lucide-react';
import { useState } from 'react';
import { UserAvatar } from '@/components/console/account-menu';
import { PageHeader } from '@/components/console/page-header';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { ASSIGNABLE_ROLES, canInviteMembers, canManageMembers } from '@/lib/roles';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace, useProfile } from '@/lib/use-workspace';
import { cn, formatTimestamp, resetOnClose } from '@/lib/utils';
import { InviteDialog } from './invite-dialog';

type Member = RouterOutputs['workspaces']['members']['list']['accounts'][number];

export function MembersView() {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const workspace = useCurrentWorkspace();
  const profile = useProfile();
  const role = workspace.data?.role;
  const members = useQuery(trpc.workspaces.members.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.workspaces.members.list.queryKey() });

  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const updateRole = useMutation(trpc.workspaces.members.updateRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.workspaces.members.remove.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        await refresh();
      },
    }),
  );

  const rows: Member[] = members.data?.accounts ?? [];
  const manage = canManageMembers(role);

  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader
        title={t('members.title')}
        description={
          <>
            {t('members.description')}
            {members.data ? <span data-testid="members-count"> · {t('members.count', { count: rows.length })}</span> : null}
          </>
        }
      >
        {canInviteMembers(role) ? (
          <Button onClick={() => setInviting(true)} data-testid="invite-members">
            <UserPlusIcon />
            {t('members.invite')}
          </Button>
        ) : null}
      </PageHeader>

      <FormError>
        {members.error ? errorMessage(t, members.error) : updateRole.error ? errorMessage(t, updateRole.error) : ''}
      </FormError>

      {/* Below the sm breakpoint each member is a stacked card, so status, role and removal stay on screen at phone width. */}
      <div className="rounded-xl border bg-card sm:overflow-x-auto">
        <table className="block w-full text-sm sm:table sm:min-w-[640px]" data-testid="members-table">
          <thead className="hidden border-b bg-muted/50 text-left text-xs text-muted-foreground sm:table-header-group">
            <tr>
              <th className="px-4 py-2.5 font-medium">{t('members.name')}</th>
              <th className="px-4 py-2.5 font-medium">{t('members.lastActive')}</th>
              <th className="px-4 py-2.5 font-medium">{t('members.status')}</th>
              <th className="px-4 py-2.5 font-medium">{t('members.role')}</th>
              {manage ? <th className="px-4 py-2.5" /> : null}
            </tr>
          </thead>
          <tbody className="block sm:table-row-group">
            {members.isLoading ? (
              <tr className="block sm:table-row">
                <td colSpan={5} className="block px-4 py-8 text-center text-muted-foreground sm:table-cell">
                  {t('common.loading')}
                </td>
              </tr>
            ) : (
              rows.map((member) => {
                const self = member.id === profile.data?.id;
                const editable = manage && !self && member.role !== 'owner';
                return (
                  <tr
                    key={member.id}
                    className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-2 border-b px-4 py-3 last:border-0 sm:table-row sm:p-0"
                    data-testid="member-row"
                    data-email={member.email}
                  >
                    <td className="col-start-1 row-start-1 min-w-0 sm:px-4 sm:py-3">
                      <div className="flex items-center gap-3">
                        <UserAvatar name={member.name || member.email} />
                        <div className="min-w-0">
                          <p className="truncate font-medium">
                            {member.name}
                            {self ? <span className="ml-1.5 text-xs font-normal text-muted-foreground">({t('members.you')})</span> : null}
                          </p>
                          <p className="truncate text-xs text-muted-foreground">{member.email}</p>
                        </div>
                      </div>
                    </td>
                    <td className="col-span-2 row-start-2 text-xs whitespace-nowrap text-muted-foreground sm:px-4 sm:py-3 sm:text-sm">
                      <span className="sm:hidden">{t('members.lastActive')}: </span>
                      {formatTimestamp(format, member.last_active_at ?? member.last_login_at)}
                    </td>
                    <td className="col-start-2 row-start-1 justify-self-end sm:px-4 sm:py-3">
                      <Badge
                        variant={member.status === 'active' ? 'success' : member.status === 'pending' ? 'warning' : 'secondary'}
                        data-testid="member-status"
                      >
                        {labelFor(t, `statuses.${member.status}`, member.status)}
                      </Badge>
                    </td>
                    <td className={cn('row-start-3 min-w-0 sm:px-4 sm:py-3', manage ? 'col-start-1' : 'col-span-2')}>
                      {editable ? (
                        <Select
                          value={member.role}
                          onValueChange={(value) => updateRole.mutate({ member_id: member.id, role: value as never })}
                        >
                          <SelectTrigger className="h-8 w-full max-w-40" data-testid="member-role-select" aria-label={t('members.changeRole')}>
                            <SelectValue />
                          </SelectTrigger>
                          <SelectContent>
                            {ASSIGNABLE_ROLES.map((value) => (
                              <SelectItem key={value} value={value}>
                                {t(`roles.${value}`)}
                              </SelectItem>
                            ))}
                          </SelectContent>
                        </Select>
                      ) : (
                        <span className="text-sm" data-testid="member-role">
                          {labelFor(t, `roles.${member.role}`, member.role)}
                        </span>
                      )}
                    </td>
                    {manage ? (
                      <td className="col-start-2 row-start-3 text-right sm:px-4 sm:py-3">
                        {editable ? (
                          <IconButton
                            label={t('members.remove')}
                            data-testid="member-remove"
                            onClick={() => setRemoving(member)}
                          >
                            <UserMinusIcon className="text-destructive" />
                          </IconButton>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>

      <InviteDialog open={inviting} onOpenChange={setInviting} onInvited={() => void refresh()} />
      <ConfirmDialog
        testId="remove-member-dialog"
        open={removing !== null}
        title={t('members.removeTitle')}
        description={removing ? t('members.removeDescription', { name: removing.name || removing.email }) : ''}
        confirmLabel={t('members.remove')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setRemoving(null), remove)}
        onConfirm={() => removing && remove.mutate({ member_id: removing.id })}
      />
    </div>
  );
}
