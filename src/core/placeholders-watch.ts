/**
 * Loads the placeholder upgrader (`placeholders.ts`, a lazy chunk) only on a page that has, or
 * later gets, a `<div data-sebaya>`: most pages use the elements themselves and never need it.
 * Once the chunk is there, its own observer takes over.
 */
import { chunk } from './lazy.js';

const SELECTOR = '[data-sebaya]';
const upgrader = chunk(() => import('./placeholders.js'));

export function watchPlaceholders(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  let observer: MutationObserver | undefined;
  const check = (): void => {
    if (!document.querySelector(SELECTOR)) return;
    observer?.disconnect();
    observer = undefined;
    upgrader().then(
      (m) => m.upgradePlaceholders(),
      () => undefined,
    );
  };
  observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
