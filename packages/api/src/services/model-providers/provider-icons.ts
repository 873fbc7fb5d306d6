import { getProvider } from '@tessera/model-runtime';
import { errors } from '../../errors';
import { ICON_TYPES, type IconType } from './catalog-lookup';

const LANGUAGES = ['en_US', 'zh_Hans'];

/** The provider's SVG; one drawing serves both sizes and languages. Unknown parts are Dify's 400. */
export function providerIconSvg(provider: string, iconType: string, lang: string): string {
  const definition = getProvider(provider);
  if (!definition || !ICON_TYPES.includes(iconType as IconType) || !LANGUAGES.includes(lang) || !definition.icon) {
    throw errors.invalidParam(`icon not found for provider ${provider}, icon_type ${iconType}, lang ${lang}`);
  }
  return definition.icon;
}
