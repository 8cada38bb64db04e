/**
 * The error contract, one module for every element: what went wrong (`Problem`), the one error
 * class that carries it (`ProblemError`), and what `sebaya-error` tells the page. A load failure
 * (`LoadError`, `net/load-error.ts`) is the one other error an element sees; the base element
 * words it with the config-reading chunk.
 */

/**
 * A problem: the technical message and the full list, both for the site owner (console, owner
 * box, `sebaya-error`). Visitors see one calm line instead.
 */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly path?: string;
  readonly details: readonly string[];
  /** Whether trying again can help (the network): the error view then offers Retry. */
  readonly retryable: boolean;
}

/**
 * What `sebaya-error` carries: `message` is the technical message (the config path and what is
 * wrong, in the element's language) for the page's scripts and the site owner; visitors never
 * see it (they see one calm line).
 */
export interface SebayaErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly path?: string;
}

/**
 * Where a feed's trouble came from: it could not be fetched (`load`, with a `LoadError`), or it
 * was fetched but is not what the element reads (`malformed`).
 */
export type SourceProblemKind = 'load' | 'malformed';

/** A config value that validation let through but the element cannot use. */
export const invalidConfig = (path: string, message: string): Problem => ({
  code: 'config-invalid',
  message,
  path,
  details: [message],
  retryable: false,
});

/**
 * The one error class an element throws from `prepare()` when it knows what is wrong: it carries
 * the problem, worded when asked (so a language switch re-words it). The base element shows it.
 */
export class ProblemError extends Error {
  constructor(readonly describe: () => Problem) {
    super();
  }
}
