import { z } from 'zod';

/** The icon routes' docs; `byWorkspace` says whether the path names the workspace. */
export function providerIconDocs(iconType: string, byWorkspace: boolean) {
  return {
    tags: ['Model Providers'],
    summary: `A model provider's ${iconType === 'icon_small' ? 'small' : 'large'} icon (SVG)`,
    description: 'Public, so it can sit in an `<img>`: icons are the same in every workspace and language.',
    params: z.object({
      ...(byWorkspace ? { tenant_id: z.string().describe('Any workspace id; icons do not depend on it') } : {}),
      provider: z.string().describe('Canonical provider name or alias'),
      lang: z.string().describe('en_US or zh_Hans'),
    }),
    responses: {
      200: { description: 'The icon', content: { 'image/svg+xml': { schema: { type: 'string' } } } },
      400: { description: 'invalid_param: unknown provider or language' },
    },
  };
}
