'use client';

import { useTranslations, useLocale } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { loginTokenStore, passportStore } from '@/lib/webapp/passport-store';
import { errorFrom } from '@/lib/webapp/web-api';

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

/**
 * A workspace member signs in to a private web app with their password or a mailed code. The token
 * goes to browser storage (never a cookie) and is exchanged for the app's passport by the caller.
 */
export function WebappSignInForm({ code, onSignedIn }: { code: string; onSignedIn: () => void }) {
  const locale = useLocale();
  const t = useTranslations('webapp');
  const [method, setMethod] = useState<'password' | 'code'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [codeToken, setCodeToken] = useState<string | null>(null);
  const [emailCode, setEmailCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = (token: string) => {
    loginTokenStore.set(token);
    passportStore.clear(code);
    onSignedIn();
  };

  const run = (action: () => Promise<void>, failure: string) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const signInWithPassword = run(async () => {
    const answer = await post<{ data: { access_token: string } }>('/login', { email, password: base64(password) });
    finish(answer.data.access_token);
  }, t('signInFailed'));

  const sendCode = run(async () => {
    const answer = await post<{ data: string }>('/email-code-login', { email, language: locale });
    setCodeToken(answer.data);
  }, t('loadFailed'));

  const verifyCode = run(async () => {
    const answer = await post<{ data: { access_token: string } }>('/email-code-login/validity', { email, code: base64(emailCode), token: codeToken });
    finish(answer.data.access_token);
  }, t('codeFailed'));

  const tab = (value: 'password' | 'code', label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={method === value}
      onClick={() => {
        setMethod(value);
        setError(null);
      }}
      className={`flex-1 rounded-md px-3 py-1.5 text-sm ${method === value ? 'bg-card font-medium shadow-xs' : 'text-muted-foreground'}`}
    >
      {label}
    </button>
  );

  return (
    <section className="w-full max-w-sm rounded-xl border bg-card p-6 shadow-sm" aria-labelledby="webapp-signin-title">
      <h1 id="webapp-signin-title" className="text-lg font-semibold">
        {t('signInTitle')}
      </h1>
      <p className="mt-1 text-sm text-muted-foreground">{t('signInDescription')}</p>
      <div role="tablist" className="mt-4 flex gap-1 rounded-lg bg-muted p-1">
        {tab('password', t('withPassword'))}
        {tab('code', t('withCode'))}
      </div>
      <form className="mt-4 space-y-3" onSubmit={method === 'password' ? signInWithPassword : codeToken ? verifyCode : sendCode}>
        <div className="space-y-1.5">
          <Label htmlFor="webapp-signin-email">{t('email')}</Label>
          <Input id="webapp-signin-email" data-testid="webapp-signin-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        {method === 'password' ? (
          <div className="space-y-1.5">
            <Label htmlFor="webapp-signin-password">{t('password')}</Label>
            <Input
              id="webapp-signin-password"
              data-testid="webapp-signin-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
        ) : codeToken ? (
          <div className="space-y-1.5">
            <p className="text-sm text-muted-foreground">{t('codeSent', { email })}</p>
            <Label htmlFor="webapp-signin-code">{t('code')}</Label>
            <Input id="webapp-signin-code" inputMode="numeric" autoComplete="one-time-code" required value={emailCode} onChange={(e) => setEmailCode(e.target.value)} />
          </div>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-destructive" data-testid="webapp-signin-error">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={busy} data-testid="webapp-signin-submit">
          {method === 'password' ? (busy ? t('signingIn') : t('signIn')) : codeToken ? t('verify') : busy ? t('sendingCode') : t('sendCode')}
        </Button>
      </form>
    </section>
  );
}
