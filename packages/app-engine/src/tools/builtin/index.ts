import type { ToolProvider } from '../types';
import { mathsProvider } from './maths';
import { timeProvider } from './time';
import { webscraperProvider, type WebscraperOptions } from './webscraper';

export { evaluateExpression } from './expression';
export { strftime } from './strftime';
export type { WebscraperOptions };

/** The built-in providers, named as Dify names them so exported DSL files find their tools. */
export function builtinToolProviders(options: { webscraper: WebscraperOptions }): ToolProvider[] {
  return [timeProvider, mathsProvider, webscraperProvider(options.webscraper)];
}
