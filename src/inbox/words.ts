/**
 * The inbox's words: the language in use, a message with its placeholders and plural, a topic's
 * label from the config, a day. The site owner's `messages.<locale>["inbox.…"]` win over the
 * built-in catalogs (Bahasa Indonesia and English). Plain functions; app.ts binds them.
 */
import { inboxEn } from './messages-en.js';
import { inboxId, type InboxKey, type Message } from './messages.js';
import type { CsvWords } from './model/csv.js';
import type { InboxConfig, LocalizedText } from './model/config.js';

export type Params = Readonly<Record<string, string | number>>;

/** `lang` on the element, the nearest `lang` up the page, the config's `locale`, then `id`. */
export function localeOf(host: HTMLElement & { lang: string }, config?: InboxConfig): 'id' | 'en' {
  const asked = host.lang || host.parentElement?.closest('[lang]')?.getAttribute('lang') || config?.locale;
  return asked?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export function translate(locale: 'id' | 'en', config: InboxConfig | undefined, key: InboxKey, params: Params): string {
  const own = config?.messages[locale]?.[key];
  const msg: Message = typeof own === 'string' ? own : (locale === 'en' ? inboxEn : inboxId)[key];
  let text: string;
  if (typeof msg === 'string') text = msg;
  else {
    const n = Number(params.count ?? 0);
    text = (n === 0 && msg.zero) || (new Intl.PluralRules(locale).select(n) === 'one' && msg.one) || msg.other;
  }
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A string or `{ locale: text }` in the language in use (then Indonesian, then any). */
export function pick(locale: string, value: LocalizedText | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value.id ?? Object.values(value)[0] ?? '';
}

/** The config's label for a topic id; the id itself for a topic the config does not list. */
export function topicLabel(locale: string, config: InboxConfig | undefined, id: string): string {
  const topic = config?.topics.find((t) => t.id === id);
  return topic ? pick(locale, topic.label) : id;
}

/** A `YYYY-MM-DD` day as the coordinator reads dates (the day itself: no time zone shifts it). */
export function formatDay(locale: string, day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** `YYYY-MM` as "December 2026" / "Desember 2026". */
export function formatMonth(locale: string, month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The report's column names and labels in the language in use. */
export function csvWords(t: (key: InboxKey) => string, label: (id: string) => string): CsvWords {
  return {
    topic: t('csv.topic'),
    urgency: t('csv.urgency'),
    count: t('csv.count'),
    day: t('csv.day'),
    message: t('csv.message'),
    topicLabel: label,
    urgencyLabel: (u) => t(`urgency.${u}` as InboxKey),
  };
}
