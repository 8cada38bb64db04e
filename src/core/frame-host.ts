/**
 * On a host page: sizes each `<iframe data-sebaya-frame>` to the height its frame page reports,
 * so an embedded element shows without scrollbars. Only messages from those iframes are used.
 */
let listening = false;

export function sizeFramesToContent(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('message', (e: MessageEvent<{ type?: unknown; height?: unknown }>) => {
    if (e.data?.type !== 'sebaya:frame-size' || typeof e.data.height !== 'number') return;
    const height = Math.min(Math.max(Math.round(e.data.height), 0), 20_000);
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-sebaya-frame]')) {
      // The CSSOM, not a style attribute: a strict CSP allows this.
      if (frame.contentWindow === e.source) frame.style.height = `${height}px`;
    }
  });
}
