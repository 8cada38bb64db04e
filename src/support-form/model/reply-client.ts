/**
 * The visitor's side of anonymous replies, without the DOM: make a reply secret for a request,
 * ask the receiver for replies with the code and the secret (`POST E/replies`, contract v1) and
 * open them, and keep a secret on this device only when the visitor asks for it. Part of the
 * reply chunk: pages whose form has no `replies` never download it.
 */
import {
  deriveReplyKeys,
  newReplySecret,
  normalizeCode,
  normalizeSecret,
  openReply,
  REPLY_SECRET_WORDS,
  type ReplyTo,
  type SealedReply,
} from './reply.js';
import { referenceCode } from './request.js';
import { SESSION_PREFIX } from '../../crisis-help/quick-exit.js';

/** A reply as the visitor reads it. */
export interface OpenedReply {
  readonly id: string;
  /** The day the team sent it (`YYYY-MM-DD`). */
  readonly sentAt: string;
  readonly text: string;
  readonly lang: string;
}

/**
 * What asking for replies came to. `none` covers no request, a wrong secret, no reply yet and an
 * expired one alike: the receiver does not tell them apart, and neither does the form.
 */
export type ReplyOutcome =
  | { readonly kind: 'replies'; readonly replies: readonly OpenedReply[] }
  | { readonly kind: 'none' }
  | { readonly kind: 'limited'; readonly minutes: number }
  | { readonly kind: 'unreachable' };

/** The secret made for a request: shown once, sent only as the public key and token it derives. */
export interface ReplySecret {
  readonly code: string;
  readonly words: readonly string[];
  readonly replyTo: ReplyTo;
}

/** A new secret in `words` (the form's language) and what the request carries for it. */
export async function makeReplySecret(id: string, words: readonly string[]): Promise<ReplySecret> {
  const code = referenceCode(id);
  const secret = newReplySecret(words);
  const { replyTo } = await deriveReplyKeys(secret.join('-'), code);
  return { code, words: secret, replyTo };
}

/**
 * The secret as typed, each word put right against the word lists: a word in a list stays, and one
 * of four letters or more becomes the list word that starts with the same four letters (no two
 * words of a list share them), so "kelinc" or "pizzas" still read back. Lists are tried in order.
 */
export function mendSecret(typed: string, lists: readonly (readonly string[])[]): string[] {
  return normalizeSecret(typed)
    .split('-')
    .filter(Boolean)
    .map((word) => {
      if (lists.some((l) => l.includes(word)) || word.length < 4) return word;
      for (const list of lists) {
        const found = list.find((w) => w.length >= 4 && w.startsWith(word.slice(0, 4)));
        if (found) return found;
      }
      return word;
    });
}

/** What is wrong with a typed code and secret, or undefined when they can be checked. */
export function checkProblem(code: string, words: readonly string[]): 'code' | 'words' | undefined {
  if (!normalizeCode(code)) return 'code';
  return words.length === REPLY_SECRET_WORDS ? undefined : 'words';
}

/** `E/replies`, with `E`'s query string kept after the path (contract: "a query string goes after it"). */
export function repliesUrl(endpoint: string): string {
  const url = new URL(endpoint, document.baseURI);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/replies`;
  return url.href;
}

const isSealedReply = (r: unknown): r is SealedReply => {
  const o = (r ?? {}) as Record<string, unknown>;
  return ['id', 'sentAt', 'suite', 'enc', 'ct'].every((k) => typeof o[k] === 'string');
};

/**
 * Derives the keys (PBKDF2, 300,000 rounds: a second or two on a phone), asks the receiver and
 * opens what it returns, oldest first. A reply that does not open with these keys is left out, so
 * a wrong secret looks exactly like no reply. Never throws for the network or the server.
 */
export async function askForReplies(
  endpoint: string,
  code: string,
  words: readonly string[],
  timeoutMs = 20_000,
): Promise<ReplyOutcome> {
  const { keyPair, replyTo } = await deriveReplyKeys(words.join('-'), code);
  let res: Response;
  let body: unknown;
  try {
    res = await fetch(repliesUrl(endpoint), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: normalizeCode(code), token: replyTo.token }),
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 429) {
      const seconds = Number(res.headers.get('Retry-After'));
      return { kind: 'limited', minutes: Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 120) / 60)) };
    }
    if (!res.ok) return { kind: 'unreachable' };
    body = await res.json();
  } catch {
    return { kind: 'unreachable' };
  }
  const list = (body as { replies?: unknown })?.replies;
  if (!Array.isArray(list)) return { kind: 'unreachable' };
  const opened: OpenedReply[] = [];
  for (const r of list.filter(isSealedReply)) {
    try {
      const { text, lang } = await openReply(keyPair, r);
      opened.push({ id: r.id, sentAt: r.sentAt, text, lang });
    } catch {
      // Not sealed to these keys, or changed on the way: as if it were not there.
    }
  }
  opened.sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0));
  return opened.length ? { kind: 'replies', replies: opened } : { kind: 'none' };
}

/** The localStorage key for one receiver's remembered secret (`sebaya:`: the quick exit clears it). */
export const rememberKey = (endpoint: string): string => `${SESSION_PREFIX}reply:${endpoint}`;

/** The secret remembered on this device for `endpoint`, if the visitor asked for that. */
export function remembered(endpoint: string): { code: string; words: string[] } | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(rememberKey(endpoint)) ?? 'null') as unknown;
    const { code, words } = (saved ?? {}) as { code?: unknown; words?: unknown };
    if (typeof code === 'string' && Array.isArray(words) && words.every((w) => typeof w === 'string'))
      return { code, words: words };
  } catch {
    // Storage off or the entry unreadable: nothing remembered.
  }
  return undefined;
}

/** Keeps (or, with `undefined`, forgets) the secret on this device; false when storage is off. */
export function remember(endpoint: string, secret: { code: string; words: readonly string[] } | undefined): boolean {
  try {
    if (secret) localStorage.setItem(rememberKey(endpoint), JSON.stringify({ code: secret.code, words: secret.words }));
    else localStorage.removeItem(rememberKey(endpoint));
    return true;
  } catch {
    return false;
  }
}
