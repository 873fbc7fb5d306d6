/** Only paths of this site are followed after sign-in, so a crafted link cannot send the member elsewhere. */
export function safeRedirect(target: string | null, code: string): string {
  if (target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')) return target;
  return `/chat/${encodeURIComponent(code)}`;
}
