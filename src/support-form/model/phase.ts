/** Where a request is, as the visitor sees it, and how a saved one is doing. Pure. */
import type { SupportFormKey } from '../messages.js';
import type { OutboxRecord } from './outbox.js';

/**
 * Where the request is, as the visitor sees it. `failing`: saved, but the team's receiver keeps
 * answering with errors (or refused it later); `unsealable`: a key is configured and this device
 * cannot seal, so nothing was sent or saved.
 */
export const SEND_PHASES = [
  'editing',
  'sending',
  'queued',
  'failing',
  'sent',
  'rejected',
  'unsaved',
  'unsealable',
] as const;
export type SendPhase = (typeof SEND_PHASES)[number];

/** After this many error answers from the receiver for one saved request, it is not "offline": say so. */
export const FAILING_AFTER = 3;
/** Answers meaning there is no receiver here at all (no retry helps): said as "not accepting requests". */
const NOT_ACCEPTING = [404, 405, 501];

/** Whether the request is saved and waiting (`queued`, or `failing`). */
export const isWaiting = (phase: SendPhase): boolean => phase === 'queued' || phase === 'failing';

/** Phases where the request did not get through: the crisis lines show beside the status. */
export const inTrouble = (phase: SendPhase): boolean =>
  ['failing', 'rejected', 'unsaved', 'unsealable'].includes(phase);

/** A saved request the receiver refused (on a retry) or keeps failing: no longer "on its way". */
export const isFailing = (r: OutboxRecord): boolean => !!r.rejected || (r.serverErrors ?? 0) >= FAILING_AFTER;

/** The message for a refusal with this HTTP status (`{ status }`). */
export const refusalKey = (status: number): SupportFormKey =>
  NOT_ACCEPTING.includes(status) ? 'supportForm.status.notAccepting' : 'supportForm.status.rejected';
