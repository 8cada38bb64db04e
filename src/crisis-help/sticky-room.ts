/**
 * The sticky bar's room on the page: the page's `scroll-padding-top` follows the bar's height, so
 * that a field that gets focus (Shift+Tab, a form moving focus to an error) scrolls clear of the bar
 * instead of under it. A page that set its own `scroll-padding-top` keeps it. A lazy chunk: only a
 * page with `layout="sticky"` loads it.
 */
export function keepRoom(bar: HTMLElement): () => void {
  const root = document.documentElement;
  let mine: string | undefined;
  const set = (height: number): void => {
    // Ours to change only if the page had none, and only while it is still the value we set.
    if (mine === undefined ? !height || getComputedStyle(root).scrollPaddingTop !== 'auto' : root.style.scrollPaddingTop !== mine) return;
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
