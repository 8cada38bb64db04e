import { adoptStyles, css, type ReactiveElement } from 'lit';

/** `layout="sticky"`: the bar layout, stuck to the top of the screen, clear of a notch, one row at 360 px. */
const stickyStyles = css`
  /* Stuck to the top of the screen, clear of a notch, square to the screen's edges. */
  :host([layout='sticky']) {
    position: sticky;
    top: 0;
    z-index: 100;
    --_sebaya-radius: 0;
  }
  /* One row on a 360 px phone: smaller type and padding than the bar. */
  .sticky {
    border-width: 0 0 2px;
    padding: max(0.4em, env(safe-area-inset-top)) max(0.6em, env(safe-area-inset-right)) 0.4em max(0.6em, env(safe-area-inset-left));
    font-size: 0.85em;
    gap: 0.5em;
  }
  .sticky .button {
    padding-inline: 0.6em;
  }
  /* Where even that is too wide, the call link's words wrap inside it rather than the bar in two. */
  .sticky .actions {
    flex-basis: 0;
  }
`;

/**
 * A lazy chunk, loaded by a crisis panel with `layout="sticky"` only: adds the sticky styles to the
 * panel, and keeps the page's `scroll-padding-top` at the bar's height, so that a field that gets
 * focus (Shift+Tab, a form moving focus to an error) scrolls clear of the bar instead of under it.
 * A page that set its own `scroll-padding-top` keeps it. Returns the function that stops it.
 */
export function stick(bar: ReactiveElement): () => void {
  adoptStyles(bar.renderRoot as ShadowRoot, [
    ...(bar.constructor as typeof ReactiveElement).elementStyles,
    stickyStyles,
  ]);
  const root = document.documentElement;
  let mine: string | undefined;
  const set = (height: number): void => {
    // Ours to change only if the page had none, and only while it is still the value we set.
    if (
      mine === undefined
        ? !height || getComputedStyle(root).scrollPaddingTop !== 'auto'
        : root.style.scrollPaddingTop !== mine
    )
      return;
    root.style.scrollPaddingTop = mine = height ? `${height}px` : '';
    if (!height) mine = undefined;
  };
  const observer = new ResizeObserver(() => set(bar.getAttribute('layout') === 'sticky' ? bar.offsetHeight : 0));
  observer.observe(bar);
  return () => {
    observer.disconnect();
    set(0);
  };
}
