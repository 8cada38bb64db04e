/**
 * From what the receiver lists to what the coordinator reads: each envelope opened (in parallel
 * batches: WebCrypto runs them off the main thread), checked field by field like `sebaya open`
 * does, and sorted. Pure apart from WebCrypto; no DOM.
 */
import { CONTACT_METHODS, URGENCIES, type ContactMethod, type Urgency } from '../../support-form/model/request.js';
import type { ReplyTo } from '../../support-form/model/reply.js';
import type { Item } from './client.js';
import type { Opener } from './open.js';
import { SUITE } from './open.js';

export interface Request {
  readonly topic: string;
  readonly message: string;
  readonly urgency: Urgency;
  readonly lang: string;
  readonly contact: { readonly method: ContactMethod; readonly value?: string };
  /** Where a reply goes, when the visitor's device made a reply secret. */
  readonly reply?: ReplyTo;
}

export interface Row {
  readonly id: string;
  /** Arrival order in this inbox (the receiver's order). */
  readonly order: number;
  /** The day the visitor sent it (`YYYY-MM-DD`), else the day it arrived. */
  readonly day: string;
  readonly handled: boolean;
  readonly replies: number;
  readonly sealed: boolean;
  /** The opened request; undefined when it could not be opened. */
  readonly request?: Request;
  /** Why it could not be opened: sealed to another key, or not a request once opened. */
  readonly unopened?: 'key' | 'shape';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The same rule as `isReplyTo` in reply.ts, which the eager list must not import (it pulls in @hpke/core). */
function replyTo(v: unknown): ReplyTo | undefined {
  if (!isObject(v)) return undefined;
  const { key, token } = v;
  return typeof key === 'string' &&
    /^B[A-P][A-Za-z0-9_-]{85}$/.test(key) &&
    typeof token === 'string' &&
    /^[A-Za-z0-9_-]{22}$/.test(token)
    ? { key, token }
    : undefined;
}

/** The request rebuilt from its known fields, or undefined when it is not one. */
export function checkRequest(v: unknown): Request | undefined {
  if (!isObject(v)) return undefined;
  const { topic, message, urgency, lang, contact } = v;
  if (!text(topic, 200) || !text(message, 100_000) || !text(lang, 35)) return undefined;
  if (!(URGENCIES as readonly unknown[]).includes(urgency)) return undefined;
  if (!isObject(contact) || !(CONTACT_METHODS as readonly unknown[]).includes(contact.method)) return undefined;
  if (contact.value !== undefined && !text(contact.value, 254)) return undefined;
  const method = contact.method as ContactMethod;
  const reply = replyTo(v.reply);
  const base: Request = {
    topic,
    message,
    urgency: urgency as Urgency,
    lang,
    contact: contact.value === undefined ? { method } : { method, value: contact.value },
  };
  return reply ? { ...base, reply } : base;
}

const decoder = new TextDecoder();

/** Opens one listed item. */
async function rowOf(item: Item, order: number, opener: Opener): Promise<Row> {
  const env = isObject(item.envelope) ? item.envelope : {};
  const id = typeof env.id === 'string' ? env.id : '';
  const sentAt = typeof env.sentAt === 'string' && DAY.test(env.sentAt) ? env.sentAt : item.receivedAt;
  const head = {
    id,
    order,
    day: sentAt,
    handled: item.handled === true,
    replies: Array.isArray(item.replies) ? item.replies.length : 0,
    sealed: env.sealed === true,
  };
  if (env.sealed !== true) {
    const request = checkRequest(env.request);
    return request ? { ...head, request } : { ...head, unopened: 'shape' };
  }
  if (env.suite !== SUITE || typeof env.enc !== 'string' || typeof env.ct !== 'string')
    return { ...head, unopened: 'shape' };
  let plain: Uint8Array;
  try {
    plain = await opener.open({ id, enc: env.enc, ct: env.ct });
  } catch {
    // AES-GCM refuses: sealed to another key (or changed on the way; the two look the same).
    return { ...head, unopened: 'key' };
  }
  let request: Request | undefined;
  try {
    request = checkRequest(JSON.parse(decoder.decode(plain)));
  } catch {
    request = undefined;
  }
  return request ? { ...head, request } : { ...head, unopened: 'shape' };
}

/** How many to open at once: enough to keep WebCrypto's threads busy, few enough to yield to input. */
const BATCH = 100;

/** Opens every item, `from` being the arrival number of the first. */
export async function openAll(items: readonly Item[], opener: Opener, from = 0): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < items.length; i += BATCH)
    rows.push(...(await Promise.all(items.slice(i, i + BATCH).map((it, j) => rowOf(it, from + i + j, opener)))));
  return rows;
}

/** Unhandled `now` requests first (someone may be in danger), then newest first. */
export function sortRows(rows: readonly Row[]): Row[] {
  const urgent = (r: Row): number => (!r.handled && r.request?.urgency === 'now' ? 0 : 1);
  return [...rows].sort((a, b) => urgent(a) - urgent(b) || b.day.localeCompare(a.day) || b.order - a.order);
}

/** The reference code as the receiver matches it (8 hex digits, upper case): the rule of `normalizeCode` in reply.ts. */
export function normalizeCode(code: string): string | undefined {
  const compact = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{8}$/.test(compact) ? compact : undefined;
}
