import { randomBytes } from 'node:crypto';

export interface PageSecurityHeaders {
  /** Handed to Next.js in the request's `Content-Security-Policy`, from which it stamps its own scripts. */
  nonce: string;
  headers: Record<string, string>;
}

/**
 * Headers for every page Next.js renders. Scripts run only with this response's nonce (and what
 * those scripts load, through `strict-dynamic`), so an injected `<script>` or inline handler does
 * not run; pages are framed only by the ancestors given (`'none'` unless the page is embeddable). Styles stay inline-capable because React and the
 * component library set style attributes. Development adds `unsafe-eval` for React's refresh runtime.
 */
export function pageSecurityHeaders(options: { dev: boolean; frameAncestors?: readonly string[] }): PageSecurityHeaders {
  const frameAncestors = options.frameAncestors?.length ? options.frameAncestors : ["'none'"];
  const unframed = frameAncestors.length === 1 && frameAncestors[0] === "'none'";
  const nonce = randomBytes(16).toString('base64');
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])];
  const policy = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    "media-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
  return {
    nonce,
    headers: {
      'Content-Security-Policy': policy,
      // X-Frame-Options cannot name several origins; browsers that know CSP ignore it anyway.
      ...(unframed ? { 'X-Frame-Options': 'DENY' } : {}),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), geolocation=(), payment=(), usb=()',
    },
  };
}
