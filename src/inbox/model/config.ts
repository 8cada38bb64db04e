/**
 * What the inbox reads from the site config (the same sebaya.json as the form): the receiver's
 * endpoint, the team's public key (to warn when the key on this device is not its pair), the
 * topics (their labels), `locale` and the owner's `messages`. A problem names its config path.
 */
import type { PublicPoint } from './key-store.js';

export type LocalizedText = string | Readonly<Record<string, string>>;

export interface InboxConfig {
  readonly endpoint: string;
  readonly publicKey?: PublicPoint;
  readonly topics: readonly { readonly id: string; readonly label: LocalizedText }[];
  readonly locale?: string;
  readonly timeZone?: string;
  readonly messages: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A config the inbox cannot start with: where, what, and whether fetching again may help. */
export class ConfigProblem extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly retryable = false,
  ) {
    super(`${path}: ${message}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (isObject(v) && Object.values(v).every((s) => typeof s === 'string'));

/** The config object: the `config` property, else the JSON at the `config` (or `src`) URL. */
export async function readConfig(config: unknown, src: string | undefined, signal: AbortSignal): Promise<unknown> {
  if (isObject(config)) return config;
  const url = typeof config === 'string' && config ? config : src;
  if (!url) throw new ConfigProblem('config', 'no config: set config="…/sebaya.json" on <sebaya-inbox>');
  let res: Response;
  try {
    res = await fetch(new URL(url, document.baseURI), { signal, credentials: 'omit', cache: 'no-cache' });
  } catch (err) {
    throw new ConfigProblem('config', `${url} could not be fetched (${String(err)})`, true);
  }
  if (!res.ok) throw new ConfigProblem('config', `${url} answered HTTP ${res.status}`, res.status >= 500);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new ConfigProblem('config', `${url} is not valid JSON`);
  }
}

/** Checks the parts the inbox uses; throws a ConfigProblem naming the first wrong path. */
export function inboxConfig(raw: unknown): InboxConfig {
  if (!isObject(raw)) throw new ConfigProblem('(root)', 'the config is not a JSON object');
  const form = raw.supportForm;
  if (!isObject(form)) throw new ConfigProblem('supportForm', 'missing: the inbox needs supportForm.endpoint');
  const { endpoint, publicKey, topics } = form;
  let url: URL | undefined;
  try {
    url = typeof endpoint === 'string' ? new URL(endpoint, document.baseURI) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new ConfigProblem('supportForm.endpoint', 'must be the http(s) address of the receiver');
  let key: PublicPoint | undefined;
  if (publicKey !== undefined) {
    const { kty, crv, x, y } = isObject(publicKey) ? publicKey : {};
    if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string')
      throw new ConfigProblem(
        'supportForm.publicKey',
        'must be a P-256 public JWK ({ "kty": "EC", "crv": "P-256", "x", "y" })',
      );
    key = { kty, crv, x, y };
  }
  const topicList = Array.isArray(topics)
    ? topics.filter(
        (t): t is { id: string; label: LocalizedText } => isObject(t) && typeof t.id === 'string' && isText(t.label),
      )
    : [];
  const messages = isObject(raw.messages)
    ? (Object.fromEntries(Object.entries(raw.messages).filter(([, v]) => isObject(v))) as InboxConfig['messages'])
    : {};
  return {
    endpoint: url.href,
    ...(key ? { publicKey: key } : {}),
    topics: topicList,
    ...(typeof raw.locale === 'string' ? { locale: raw.locale } : {}),
    ...(typeof raw.timeZone === 'string' ? { timeZone: raw.timeZone } : {}),
    messages,
  };
}
