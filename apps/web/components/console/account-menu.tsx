'use client';

import { useTranslations } from 'next-intl';
import { InboxIcon, LogOutIcon } from 'lucide-react';
import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { isAdminOrOwner } from '@/lib/roles';
import { useCurrentWorkspace, useProfile } from '@/lib/use-workspace';

export function UserAvatar({ name, className = '' }: { name: string; className?: string }) {
  return (
    <span
      className={`inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground ${className}`}
      aria-hidden="true"
    >
      {Array.from(name.trim())[0]?.toUpperCase() ?? '?'}
    </span>
  );
}

export function AccountMenu() {
  const t = useTranslations();
  const profile = useProfile();
  const workspace = useCurrentWorkspace();
  const name = profile.data?.name ?? '';
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full" data-testid="account-menu" aria-label={t('account.menu')}>
          <UserAvatar name={name || '?'} />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <div className="flex items-center gap-3 px-2 py-2">
          <UserAvatar name={name || '?'} />
          <div className="min-w-0">
            <p className="truncate text-sm font-medium" data-testid="account-name">
              {name}
            </p>
            <p className="truncate text-xs text-muted-foreground" data-testid="account-email">
              {profile.data?.email}
            </p>
          </div>
        </div>
        <DropdownMenuSeparator />
        {isAdminOrOwner(workspace.data?.role) ? (
          <DropdownMenuItem asChild>
            <Link href="/mail-outbox" data-testid="nav-mail-outbox">
              <InboxIcon />
              {t('nav.mailOutbox')}
            </Link>
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuItem data-testid="sign-out" onSelect={() => void signOut({ callbackUrl: '/signin' })}>
          <LogOutIcon />
          {t('account.signOut')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
