'use client';

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
import { errorMessage } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/client';
import { ASSIGNABLE_ROLES, canInviteMembers, canManageMembers } from '@/lib/roles';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace, useProfile } from '@/lib/use-workspace';
import { formatTimestamp, resetOnClose } from '@/lib/utils';
import { InviteDialog } from './invite-dialog';

type Member = RouterOutputs['workspaces']['members']['list']['accounts'][number];

export function MembersView() {
  const { t, lang } = useI18n();
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
        title={t.members.title}
        description={
          <>
            {t.members.description}
            {members.data ? <span data-testid="members-count"> · {t.members.count(rows.length)}</span> : null}
          </>
        }
      >
        {canInviteMembers(role) ? (
          <Button onClick={() => setInviting(true)} data-testid="invite-members">
            <UserPlusIcon />
            {t.members.invite}
          </Button>
        ) : null}
      </PageHeader>

      <FormError>
        {members.error ? errorMessage(t, members.error) : updateRole.error ? errorMessage(t, updateRole.error) : ''}
      </FormError>

      <div className="overflow-x-auto rounded-xl border bg-card">
        <table className="w-full min-w-[640px] text-sm" data-testid="members-table">
          <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-4 py-2.5 font-medium">{t.members.name}</th>
              <th className="px-4 py-2.5 font-medium">{t.members.lastActive}</th>
              <th className="px-4 py-2.5 font-medium">{t.members.status}</th>
              <th className="px-4 py-2.5 font-medium">{t.members.role}</th>
              {manage ? <th className="px-4 py-2.5" /> : null}
            </tr>
          </thead>
          <tbody>
            {members.isLoading ? (
              <tr>
                <td colSpan={5} className="px-4 py-8 text-center text-muted-foreground">
                  {t.common.loading}
                </td>
              </tr>
            ) : (
              rows.map((member) => {
                const self = member.id === profile.data?.id;
                const editable = manage && !self && member.role !== 'owner';
                return (
                  <tr key={member.id} className="border-b last:border-0" data-testid="member-row" data-email={member.email}>
                    <td className="px-4 py-3">
                      <div className="flex items-center gap-3">
                        <UserAvatar name={member.name || member.email} />
                        <div className="min-w-0">
                          <p className="truncate font-medium">
                            {member.name}
                            {self ? <span className="ml-1.5 text-xs font-normal text-muted-foreground">({t.members.you})</span> : null}
                          </p>
                          <p className="truncate text-xs text-muted-foreground">{member.email}</p>
                        </div>
                      </div>
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap text-muted-foreground">
                      {formatTimestamp(member.last_active_at ?? member.last_login_at, lang)}
                    </td>
                    <td className="px-4 py-3">
                      <Badge variant={member.status === 'active' ? 'success' : member.status === 'pending' ? 'warning' : 'secondary'}>
                        {t.statuses[member.status] ?? member.status}
                      </Badge>
                    </td>
                    <td className="px-4 py-3">
                      {editable ? (
                        <Select
                          value={member.role}
                          onValueChange={(value) => updateRole.mutate({ member_id: member.id, role: value as never })}
                        >
                          <SelectTrigger className="h-8 w-40" data-testid="member-role-select" aria-label={t.members.changeRole}>
                            <SelectValue />
                          </SelectTrigger>
                          <SelectContent>
                            {ASSIGNABLE_ROLES.map((value) => (
                              <SelectItem key={value} value={value}>
                                {t.roles[value]}
                              </SelectItem>
                            ))}
                          </SelectContent>
                        </Select>
                      ) : (
                        <span className="text-sm" data-testid="member-role">
                          {t.roles[member.role] ?? member.role}
                        </span>
                      )}
                    </td>
                    {manage ? (
                      <td className="px-4 py-3 text-right">
                        {editable ? (
                          <IconButton
                            label={t.members.remove}
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
        title={t.members.removeTitle}
        description={removing ? t.members.removeDescription(removing.name || removing.email) : ''}
        confirmLabel={t.members.remove}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setRemoving(null), remove)}
        onConfirm={() => removing && remove.mutate({ member_id: removing.id })}
      />
    </div>
  );
}
