'use client';

import { useTranslations } from 'next-intl';
import { BookOpenIcon, BoxesIcon, DatabaseIcon, LayoutGridIcon, UsersIcon } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { LanguageSwitcher } from '@/components/language-switcher';
import { LogoMark } from '@/components/logo';
import { cn } from '@/lib/utils';
import { AccountMenu } from './account-menu';
import { WorkspaceSwitcher } from './workspace-switcher';

export function TopBar() {
  const t = useTranslations();
  const pathname = usePathname();
  const links = [
    { href: '/apps', label: t('nav.apps'), icon: LayoutGridIcon, testId: 'nav-apps' },
    { href: '/datasets', label: t('nav.datasets'), icon: DatabaseIcon, testId: 'nav-datasets' },
    { href: '/members', label: t('nav.members'), icon: UsersIcon, testId: 'nav-members' },
    { href: '/model-providers', label: t('nav.modelProviders'), icon: BoxesIcon, testId: 'nav-model-providers' },
    { href: '/api-reference', label: t('nav.apiReference'), icon: BookOpenIcon, testId: 'nav-api-reference' },
  ];
  const nav = (className: string, testIdPrefix = '') => (
    <nav aria-label={t('nav.mainMenu')} className={className}>
      {links.map(({ href, label, icon: Icon, testId }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            data-testid={`${testIdPrefix}${testId}`}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground',
              active && 'bg-card text-primary shadow-xs ring-1 ring-border',
            )}
          >
            <Icon className="size-4" />
            {label}
          </Link>
        );
      })}
    </nav>
  );
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur" data-testid="top-bar">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:px-6 lg:px-8">
        <Link href="/apps" className="flex items-center" aria-label={t('common.appName')}>
          <LogoMark />
        </Link>
        <span className="text-muted-foreground/50">/</span>
        <WorkspaceSwitcher />
        {nav('mx-auto hidden items-center gap-1 md:flex')}
        <div className="ml-auto flex items-center gap-1 md:ml-0">
          <LanguageSwitcher compact />
          <AccountMenu />
        </div>
      </div>
      {nav('flex items-center gap-1 overflow-x-auto border-t px-4 py-2 md:hidden', 'mobile-')}
    </header>
  );
}
