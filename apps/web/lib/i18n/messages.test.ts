import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale } from './config';
import { MESSAGES } from './messages';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as Tree, `${prefix}${key}.`),
  );
}

/** Each ICU argument a message takes, with how it is formatted (`n:plural`, `name:text`), sorted. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:text`);
      else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:${TYPE[element.type]}`);
      else if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

function pluralCategories(message: string): string[][] {
  const found: string[][] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural) found.push(Object.keys(element.options).sort());
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return found;
}

const english = new Map(leaves(MESSAGES['en-US']));

describe('message catalogues', () => {
  it('translate every English message into every other language', () => {
    for (const locale of LOCALES) expect(leaves(MESSAGES[locale]).map(([key]) => key).sort()).toEqual([...english.keys()].sort());
  });

  it('take the same ICU arguments, formatted the same way, in every language', () => {
    for (const locale of LOCALES) {
      const mismatches = leaves(MESSAGES[locale]).filter(([key, message]) => argumentsOf(message).join() !== argumentsOf(english.get(key)!).join());
      expect(mismatches.map(([key]) => `${locale} ${key}`)).toEqual([]);
    }
  });

  it('use the plural categories each language has (English one/other, Chinese other only)', () => {
    const expected: Record<string, string[]> = { 'en-US': ['one', 'other'], 'zh-Hans': ['other'] };
    for (const locale of LOCALES) {
      for (const [key, message] of leaves(MESSAGES[locale])) {
        for (const categories of pluralCategories(message)) expect(categories, `${locale} ${key}`).toEqual(expected[locale]);
      }
    }
  });

  it('leave no message empty', () => {
    for (const locale of LOCALES) for (const [key, message] of leaves(MESSAGES[locale])) expect(message.trim(), `${locale} ${key}`).not.toBe('');
  });
});

describe('pickLocale', () => {
  it('prefers the cookie, then the browser language', () => {
    expect(pickLocale('zh-Hans', 'en-US,en;q=0.9')).toBe('zh-Hans');
    expect(pickLocale(undefined, 'zh-CN,zh;q=0.9')).toBe('zh-Hans');
    expect(pickLocale('fr-FR', 'en-GB')).toBe('en-US');
    expect(pickLocale(undefined, null)).toBe('en-US');
  });
});
