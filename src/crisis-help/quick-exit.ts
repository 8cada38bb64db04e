/**
 * Quick exit: clear what Sebaya keeps for this visit, then leave with `location.replace` so
 * Back does not return. Also fired by pressing Shift three times within 1.5 s.
 */
export const SESSION_PREFIX = 'sebaya:';

/**
 * Removes every `sebaya:` key from sessionStorage (drafts, quiz progress) and localStorage (a reply
 * secret the visitor asked this device to remember): whoever picks the phone up next finds none.
 */
export function clearSessionState(): void {
  for (const store of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = window[store];
      for (let i = storage.length - 1; i >= 0; i -= 1) {
        const key = storage.key(i);
        if (key?.startsWith(SESSION_PREFIX)) storage.removeItem(key);
      }
    } catch {
      // Storage may be disabled; nothing to clear then.
    }
  }
}

/** Clean-ups the quick exit waits for (the support form deletes unsealed saved requests). */
const cleanups = new Set<() => unknown>();

/** Runs `cleanup` on every quick exit (before leaving, at most 300 ms); returns its removal. */
export function onQuickExit(cleanup: () => unknown): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Clears session state and replaces the page with `url`, after the registered clean-ups: at once
 * without any, else when they settle or after 300 ms, whichever is first. A clean-up that throws,
 * rejects or hangs never keeps the visitor on the page.
 */
export function quickExit(url: string): void {
  clearSessionState();
  const leave = () => window.location.replace(url);
  if (!cleanups.size) return leave();
  void Promise.race([
    Promise.allSettled([...cleanups].map(async (c) => c())),
    new Promise((r) => setTimeout(r, 300)),
  ]).then(leave);
}

type Listener = { url: () => string; go: (url: string) => void };
const listeners: Listener[] = [];
let presses: number[] = [];

function onKeyDown(e: KeyboardEvent): void {
  if (e.key !== 'Shift' || e.repeat) return;
  const now = e.timeStamp || performance.now();
  presses = [...presses.filter((t) => now - t < 1500), now];
  if (presses.length >= 3) {
    presses = [];
    const first = listeners[0];
    if (first) first.go(first.url());
  }
}

/** Listens for Shift ×3 on the page while at least one crisis panel is connected. */
export function installQuickExitShortcut(url: () => string, go: (url: string) => void): () => void {
  const listener = { url, go };
  if (!listeners.length) document.addEventListener('keydown', onKeyDown, true);
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
    if (!listeners.length) document.removeEventListener('keydown', onKeyDown, true);
  };
}
