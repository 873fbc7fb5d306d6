import { z } from 'zod';

export const builtinToolIconDocs = {
  tags: ['Tools'],
  summary: "A built-in tool provider's icon (SVG)",
  description:
    "Public, as Dify's is, so it can sit in an `<img>`: the URLs `/meta` hands out for an agent's built-in tools point here. " +
    'An unknown provider is 400 `invalid_param`.',
  params: z.object({ provider: z.string().describe('The provider name (`time`) or its plugin id, URL-encoded') }),
  responses: {
    200: { description: 'The icon', content: { 'image/svg+xml': { schema: { type: 'string' } } } },
    400: { description: 'invalid_param: unknown provider' },
  },
};
