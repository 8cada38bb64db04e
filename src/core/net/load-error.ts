/**
 * Why a config or feed could not be read, classified so the element can say what went wrong in
 * the visitor's language. Its own module, shared by the fetching code and the config-reading
 * chunk that words it (`loadProblem` in `config/source.ts`).
 */
export type LoadErrorCode = 'network' | 'timeout' | 'http' | 'not-json' | 'syntax' | 'too-large' | 'aborted';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly url: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${url}`);
    this.name = 'LoadError';
  }

  /** Retrying can help for network trouble and server errors, not for a broken file. */
  get retryable(): boolean {
    const status = Number(this.params.status);
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      (this.code === 'http' && (status >= 500 || status === 408 || status === 429))
    );
  }
}
