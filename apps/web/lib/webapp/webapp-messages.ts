import webappEn from '../../messages/webapp/en-US.json';
import webappZhHans from '../../messages/webapp/zh-Hans.json';
import { type Locale } from '../i18n/config';
import { type Messages } from '../i18n/messages';

/**
 * The published web app's strings only, in both languages: a visitor can switch language without a
 * round trip, and shipping the console's catalogues to every visitor would cost kilobytes they never see.
 */
export const WEBAPP_MESSAGES: Record<Locale, Pick<Messages, 'webapp'>> = { 'en-US': webappEn, 'zh-Hans': webappZhHans };
