// A web-test-runner server command that takes the real browser offline and back (Playwright's
// `BrowserContext.setOffline`: DevTools network emulation, so `navigator.onLine` flips, the
// `offline` / `online` events fire, and every fetch — in flight or new — fails while offline).
//
// In a test:
//   import { executeServerCommand } from '@web/test-runner-commands';
//   await executeServerCommand('sebaya-set-offline', { offline: true, forMs: 300 });
//   await executeServerCommand('sebaya-set-offline', { offline: false });
//
// `forMs` makes the server itself bring the browser back online after that time, so a page that
// cannot reach anything while offline does not have to ask. Whatever the test does, no offline
// period lasts longer than `MAX_OFFLINE_MS` (a failing test never leaves the browser offline).
// The command answers `{ offline }`, the state it set.

export const OFFLINE_COMMAND = 'sebaya-set-offline';
const MAX_OFFLINE_MS = 15_000;

export function offlineCommandPlugin() {
  /** Per browser context: the pending "back online" timer. */
  const timers = new WeakMap();

  async function set(context, offline, forMs) {
    clearTimeout(timers.get(context));
    timers.delete(context);
    await context.setOffline(offline);
    if (!offline) return;
    const ms = Math.max(0, Math.min(MAX_OFFLINE_MS, Number.isFinite(forMs) ? forMs : MAX_OFFLINE_MS));
    timers.set(
      context,
      setTimeout(() => {
        timers.delete(context);
        context.setOffline(false).catch(() => undefined); // the page may be gone: nothing to restore
      }, ms),
    );
  }

  return {
    name: 'sebaya-offline-command',
    async executeCommand({ command, payload, session }) {
      if (command !== OFFLINE_COMMAND) return undefined;
      if (session.browser.type !== 'playwright')
        throw new Error(`${OFFLINE_COMMAND} needs the playwright launcher, not ${session.browser.type}`);
      if (typeof payload !== 'object' || payload === null || typeof payload.offline !== 'boolean')
        throw new Error(`${OFFLINE_COMMAND} takes { offline: boolean, forMs?: number }`);
      const page = session.browser.getPage(session.id);
      await set(page.context(), payload.offline, payload.forMs);
      return { offline: payload.offline };
    },
  };
}
