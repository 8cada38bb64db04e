/**
 * A lazy chunk: `chunk(() => import('./x.js'))` loads the module once per page however many
 * elements ask, keeps it in `value` once it is in (for code that must stay synchronous, such as
 * `render()`), and forgets a failed load so the next call tries again. Elements wait for one with
 * `SebayaElement.need(chunk)`, which re-renders when it arrives and holds `updateComplete` until then.
 */
export interface Chunk<T> {
  (): Promise<T>;
  /** The module once it has arrived. */
  value?: T;
}

export function chunk<T>(load: () => Promise<T>): Chunk<T> {
  let pending: Promise<T> | undefined;
  const get: Chunk<T> = () =>
    (pending ??= load().then(
      (m) => (get.value = m),
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    ));
  return get;
}
