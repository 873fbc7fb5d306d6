import { type CSSProperties } from 'react';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Relative luminance of a hex colour (WCAG), to pick readable text on it. */
function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The site's theme colour as the page's primary colour, with white or near-black text on it,
 * whichever reads better (what `chat_color_theme_inverted` asks for in Dify, decided by contrast).
 */
export function siteThemeStyle(color: string | null | undefined): CSSProperties | undefined {
  if (!color || !HEX.test(color.trim())) return undefined;
  const hex = color.trim();
  const onColor = luminance(hex) > 0.35 ? '#111827' : '#ffffff';
  return { '--primary': hex, '--primary-foreground': onColor, '--ring': hex } as CSSProperties;
}
