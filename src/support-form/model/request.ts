/**
 * The support request and its wire envelope (DESIGN.md, supportForm). Pure: no DOM, no storage.
 * `sentAt` carries only the day, so the team cannot line a request up with a visit to the page.
 */
import type { PublicJwk } from './public-key.js';

export const URGENCIES = ['later', 'soon', 'now'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How the visitor wants to hear back. `none` and `code` are anonymous; the others identify them. */
export const CONTACT_METHODS = ['none', 'code', 'whatsapp', 'phone', 'email'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const IDENTIFYING_METHODS: readonly ContactMethod[] = ['whatsapp', 'phone', 'email'];

export const WIRE_VERSION = 1;
export const HPKE_SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
/** HPKE `info`: binds every sealed request to this purpose and version. */
export const HPKE_INFO = 'sebaya/support-request/v1';

/** What a request carries so the team can answer (see reply.ts): the public key (uncompressed point) and the lookup token. */
export interface ReplyTo {
  readonly key: string;
  readonly token: string;
}

export interface Contact {
  readonly method: ContactMethod;
  readonly value?: string;
}

export interface SupportRequest {
  readonly topic: string;
  readonly message: string;
  readonly urgency: Urgency;
  readonly lang: string;
  readonly contact: Contact;
  /** With `supportForm.replies`: the visitor's reply key and lookup token (docs/receiver-contract.md). */
  readonly reply?: ReplyTo;
}

/** Optional hashcash-style stamp (see pow.ts); outside the seal so a receiver can check it first. */
export interface PowStamp {
  readonly bits: number;
  readonly nonce: string;
}

interface EnvelopeHead {
  readonly v: typeof WIRE_VERSION;
  readonly id: string;
  readonly sentAt: string;
  readonly pow?: PowStamp;
}
export interface PlainEnvelope extends EnvelopeHead {
  readonly sealed: false;
  readonly request: SupportRequest;
}
export interface SealedEnvelope extends EnvelopeHead {
  readonly sealed: true;
  readonly suite: typeof HPKE_SUITE;
  readonly enc: string;
  readonly ct: string;
}
export type Envelope = PlainEnvelope | SealedEnvelope;

/** A random UUID v4 (never derived from anything about the visitor). */
export function newId(): string {
  return crypto.randomUUID();
}

/** The calendar day of `date` in `timeZone`, as `YYYY-MM-DD`. */
export function dayOf(date: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The reference code a visitor can quote to the team: the first 8 hex digits of the id,
 * `AB12-CD34`. The team finds the request by this prefix of its id.
 */
export function referenceCode(id: string): string {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** An unsealed envelope. */
export function plainEnvelope(id: string, sentAt: string, request: SupportRequest, pow?: PowStamp): PlainEnvelope {
  return pow
    ? { v: WIRE_VERSION, id, sentAt, sealed: false, request, pow }
    : { v: WIRE_VERSION, id, sentAt, sealed: false, request };
}

/** The request as it goes on the wire: only the fields of the contract, contact value only when identifying or a code. */
export function cleanRequest(input: SupportRequest): SupportRequest {
  const { method, value } = input.contact;
  const contact: Contact = method === 'none' || !value ? { method } : { method, value };
  const { topic, message, urgency, lang, reply } = input;
  return reply
    ? { topic, message, urgency, lang, contact, reply: { key: reply.key, token: reply.token } }
    : { topic, message, urgency, lang, contact };
}

/** The sealing chunk's sealer (`seal.ts`), as much of it as building an envelope uses. */
export interface EnvelopeSealer {
  sealEnvelope(
    head: { id: string; sentAt: string; pow?: PowStamp },
    request: SupportRequest,
    publicKey: PublicJwk,
  ): Promise<Envelope>;
}

/**
 * A request's envelope as it goes out: stamped with proof of work when the form asks for it
 * (`solvePow`), sealed to the team's key when there is a `sealer`, else plain. A seal that fails
 * gives undefined (reported through `onSealError`): the request is neither sent nor saved.
 */
export async function buildEnvelope(
  head: { id: string; sentAt: string },
  request: SupportRequest,
  form: { publicKey?: PublicJwk; proofOfWork?: { bits: number } },
  sealer: EnvelopeSealer | undefined,
  solvePow: (bits: number) => Promise<PowStamp>,
  onSealError: (err: unknown) => void,
): Promise<Envelope | undefined> {
  const pow = form.proofOfWork ? await solvePow(form.proofOfWork.bits) : undefined;
  if (!sealer || !form.publicKey) return plainEnvelope(head.id, head.sentAt, request, pow);
  try {
    return await sealer.sealEnvelope(pow ? { ...head, pow } : head, request, form.publicKey);
  } catch (err) {
    onSealError(err);
    return undefined;
  }
}
