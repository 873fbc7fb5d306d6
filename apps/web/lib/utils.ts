import { clsx, type ClassValue } from 'clsx';
import { type useFormatter } from 'next-intl';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/** Dify timestamps are integer Unix seconds. */
export function formatTimestamp(format: ReturnType<typeof useFormatter>, seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  return format.dateTime(new Date(seconds * 1000), { dateStyle: 'medium', timeStyle: 'short' });
}

/** Keeps the prefix and the last four characters: `app-••••••••abcd`. */
export function maskSecret(token: string): string {
  const dash = token.indexOf('-');
  const prefix = dash > 0 && dash < 6 ? token.slice(0, dash + 1) : '';
  return `${prefix}${'•'.repeat(12)}${token.slice(-4)}`;
}

/** The onOpenChange of a dialog about one item: closing it forgets the item and the mutation's last error. */
export function resetOnClose(forget: () => void, mutation: { reset: () => void }): (open: boolean) => void {
  return (open) => {
    if (!open) {
      forget();
      mutation.reset();
    }
  };
}
