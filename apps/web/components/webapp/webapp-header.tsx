'use client';

import { useTranslations } from 'next-intl';
import { MenuIcon, SquarePenIcon } from 'lucide-react';
import { type ReactNode } from 'react';
import { IconButton } from '@/components/ui/icon-button';
import { type Locale, LOCALE_NAMES, LOCALES } from '@/lib/i18n/config';
import { type WebSite } from '@/lib/webapp/types';

export function SiteIcon({ site }: { site: WebSite }) {
  if (site.icon_type === 'image' && site.icon_url) {
    // a signed link to the site's uploaded icon
    return <img src={site.icon_url} alt="" className="size-8 rounded-lg object-cover" />;
  }
  return (
    <span className="flex size-8 items-center justify-center rounded-lg text-lg" style={{ background: site.icon_background ?? '#FFEAD5' }} aria-hidden>
      {site.icon_type === 'emoji' || !site.icon_type ? (site.icon ?? '🤖') : '🤖'}
    </span>
  );
}

/** The app's name and icon in its theme colour, with the language choice and, in chats, the sidebar and new-chat buttons. */
export function WebappHeader(props: {
  site: WebSite;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  onMenu?: () => void;
  menuOpen?: boolean;
  onNewChat?: () => void;
  children?: ReactNode;
}) {
  const t = useTranslations('webapp');
  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b bg-primary px-3 text-primary-foreground">
      {props.onMenu ? (
        <IconButton
          label={props.menuOpen ? t('closeSidebar') : t('openSidebar')}
          aria-expanded={props.menuOpen}
          className="text-primary-foreground hover:bg-white/15 hover:text-primary-foreground md:hidden"
          onClick={props.onMenu}
          data-testid="webapp-menu"
        >
          <MenuIcon />
        </IconButton>
      ) : null}
      <SiteIcon site={props.site} />
      <h1 className="min-w-0 flex-1 truncate text-base font-semibold" data-testid="webapp-title">
        {props.site.title}
      </h1>
      {props.children}
      <label className="sr-only" htmlFor="webapp-language">
        {t('language')}
      </label>
      <select
        id="webapp-language"
        data-testid="webapp-language"
        value={props.locale}
        onChange={(event) => props.onLocale(event.target.value as Locale)}
        className="h-8 rounded-md border border-white/30 bg-transparent px-1.5 text-sm text-primary-foreground [&>option]:text-foreground"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      {props.onNewChat ? (
        <IconButton label={t('newChat')} className="text-primary-foreground hover:bg-white/15 hover:text-primary-foreground md:hidden" onClick={props.onNewChat}>
          <SquarePenIcon />
        </IconButton>
      ) : null}
    </header>
  );
}

/** The site's copyright and privacy policy link. */
export function WebappFooter({ site }: { site: WebSite }) {
  const t = useTranslations('webapp');
  if (!site.copyright && !site.privacy_policy) return null;
  return (
    <footer className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 px-3 py-2 text-xs text-muted-foreground" data-testid="webapp-footer">
      {site.copyright ? (
        <span>
          © {new Date().getFullYear()} {site.copyright}
        </span>
      ) : null}
      {site.privacy_policy && /^https?:\/\//i.test(site.privacy_policy) ? (
        <a href={site.privacy_policy} target="_blank" rel="noopener noreferrer" className="underline underline-offset-2">
          {t('privacyPolicy')}
        </a>
      ) : null}
    </footer>
  );
}
