const stringParameter = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

/** OpenAPI operation of the icon routes; `scope` says whether the path names the workspace. */
export function providerIconOpenApi(iconType: string, byWorkspace: boolean) {
  return {
    tags: ['Model Providers'],
    summary: `A model provider's ${iconType === 'icon_small' ? 'small' : 'large'} icon (SVG)`,
    description: 'Public, so it can sit in an `<img>`: icons are the same in every workspace and language.',
    security: [],
    parameters: [
      ...(byWorkspace ? [stringParameter('tenant_id', 'Any workspace id; icons do not depend on it')] : []),
      stringParameter('provider', 'Canonical provider name or alias'),
      { ...stringParameter('lang', 'en_US or zh_Hans'), schema: { type: 'string', enum: ['en_US', 'zh_Hans'] } },
    ],
    responses: {
      200: { description: 'The icon', content: { 'image/svg+xml': { schema: { type: 'string' } } } },
      400: { description: 'invalid_param: unknown provider or language' },
    },
  };
}
