/**
 * Provider icons: a rounded tile with the provider's initials. Deliberately plain so none of them
 * reproduces a vendor's trademarked logo.
 */
function initialsIcon(initials: string, tile: string, ink = '#FFFFFF'): string {
  const fontSize = initials.length > 2 ? 8 : 10;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">' +
    `<rect width="24" height="24" rx="6" fill="${tile}"/>` +
    `<text x="12" y="12" dy="0.35em" font-family="Helvetica, Arial, sans-serif" font-size="${fontSize}" ` +
    `font-weight="700" text-anchor="middle" fill="${ink}">${initials}</text>` +
    '</svg>'
  );
}

export const ICONS = {
  openai: initialsIcon('OA', '#10A37F'),
  anthropic: initialsIcon('A', '#D97757'),
  gemini: initialsIcon('G', '#4285F4'),
  azure_openai: initialsIcon('Az', '#0078D4'),
  openai_api_compatible: initialsIcon('API', '#4B5563'),
  ollama: initialsIcon('OL', '#111827'),
  cohere: initialsIcon('Co', '#39594D'),
  jina: initialsIcon('J', '#E0312B'),
} as const;
