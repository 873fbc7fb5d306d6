import consoleEn from '../../messages/console/en-US.json';
import consoleZhHans from '../../messages/console/zh-Hans.json';
import datasetsEn from '../../messages/datasets/en-US.json';
import datasetsZhHans from '../../messages/datasets/zh-Hans.json';
import studioEn from '../../messages/studio/en-US.json';
import studioZhHans from '../../messages/studio/zh-Hans.json';
import validationEn from '../../messages/validation/en-US.json';
import validationZhHans from '../../messages/validation/zh-Hans.json';
import webappEn from '../../messages/webapp/en-US.json';
import webappZhHans from '../../messages/webapp/zh-Hans.json';
import websiteCrawlEn from '../../messages/website-crawl/en-US.json';
import websiteCrawlZhHans from '../../messages/website-crawl/zh-Hans.json';
import { type Locale } from './config';

// One catalogue per area and language, so a route group can hand the browser only the areas it shows.
const en = { ...consoleEn, ...datasetsEn, ...studioEn, ...validationEn, ...webappEn, ...websiteCrawlEn };

/** English is the reference: a key missing from another language fails the type check here. */
export type Messages = typeof en;
export type Namespace = keyof Messages;

const zhHans: Messages = { ...consoleZhHans, ...datasetsZhHans, ...studioZhHans, ...validationZhHans, ...webappZhHans, ...websiteCrawlZhHans };

export const MESSAGES: Record<Locale, Messages> = { 'en-US': en, 'zh-Hans': zhHans };

/** Only the given namespaces of a catalogue, for a client provider that must not ship the rest. */
export function pickMessages<K extends Namespace>(messages: Messages, namespaces: readonly K[]): Pick<Messages, K> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, K>;
}
