/**
 * Loads the placeholder upgrader (`placeholders.ts`, a lazy chunk) only on a page that has, or
 * later gets, a `<div data-sebaya>`: most pages use the elements themselves and never need it.
 * Once the chunk is there, its own observer takes over.
 */
const SELECTOR = '[data-sebaya]';

export function watchPlaceholders(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  let observer: MutationObserver | undefined;
  const check = (): void => {
    if (!document.querySelector(SELECTOR)) return;
    observer?.disconnect();
    observer = undefined;
    void import('./placeholders.js').then((m) => m.upgradePlaceholders());
  };
  observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
