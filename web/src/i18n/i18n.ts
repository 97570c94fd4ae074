// Pure translation helpers over the dictionary in messages.ts.
import { en, zh, LABEL_NAMES, LEVEL_NAMES, PROP_NAMES, REL_NAMES, TOPIC_NAMES } from './messages.ts';
import type { MessageKey } from './messages.ts';
import type { Lang } from '../../../core/display.ts';

export type { Lang };

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template: string = lang === 'zh' ? zh[key] : en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
export function translator(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}

function pick(table: Record<string, { zh: string; en: string }>, lang: Lang, key: string): string {
  const entry = table[key];
  return entry ? entry[lang] : key;
}

export const labelName = (lang: Lang, label: string): string => pick(LABEL_NAMES, lang, label);
export const relName = (lang: Lang, type: string): string => pick(REL_NAMES, lang, type);
export const propName = (lang: Lang, prop: string): string => pick(PROP_NAMES, lang, prop);
export const topicName = (lang: Lang, topic: string): string => pick(TOPIC_NAMES, lang, topic);
export const levelName = (lang: Lang, level: string): string => pick(LEVEL_NAMES, lang, level);

/** The browser's preferred language, Chinese unless it asks for something else first. */
export function preferredLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('en') ? 'en' : 'zh';
}
