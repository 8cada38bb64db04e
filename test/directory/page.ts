/** Page-object helpers for `<sebaya-directory>` tests: find things as a person (or a screen reader) would. */
import { shadow } from '../helpers/events.js';

const ROLES: Record<string, string> = {
  button: 'button, [role="button"]',
  combobox: 'select',
  checkbox: 'input[type="checkbox"]',
  searchbox: 'input[type="search"]',
  link: 'a[href]',
  group: 'fieldset, [role="group"]',
  listitem: 'li',
};

/** Text a screen reader would read for `node` (aria-hidden parts left out). */
function spoken(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.localName === 'select'))
    return '';
  return [...node.childNodes].map(spoken).join('');
}

/** The accessible name: aria-label, aria-labelledby, a `<label for>`, a wrapping label, a legend, else the text. */
export function nameOf(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const label = el.getAttribute('aria-label');
  if (label) return fold(label);
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return fold(
      by
        .split(/\s+/)
        .map((id) => spoken(root.getElementById(id) ?? document.createTextNode('')))
        .join(' '),
    );
  if (el.id) {
    const forLabel = root.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return fold(spoken(forLabel));
  }
  const wrap = el.closest('label');
  if (wrap && el !== wrap) return fold(spoken(wrap));
  if (el.localName === 'fieldset') return fold(spoken(el.querySelector('legend') ?? document.createTextNode('')));
  return fold(spoken(el));
}

/** Whether a person can see it (not hidden, not display: none anywhere up the tree). */
export const isShown = (el: Element): boolean => el.checkVisibility();

/** Every element of `role` named `name` that is shown (or also the hidden ones with `hidden: true`). */
export function allByRole(host: Element, role: string, name?: string | RegExp, { hidden = false } = {}): HTMLElement[] {
  const selector = ROLES[role] ?? `[role="${role}"]`;
  return [...shadow(host).querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (!hidden && !isShown(el)) return false;
    if (name === undefined) return true;
    const n = nameOf(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

/** The one element of `role` named `name` (throws when there is none or several). */
export function byRole(
  host: Element,
  role: string,
  name?: string | RegExp,
  options: { hidden?: boolean } = {},
): HTMLElement {
  const found = allByRole(host, role, name, options);
  if (found.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
  return found[0]!;
}

/** The place (list item) whose name is `name`. */
export function place(host: Element, name: string | RegExp): HTMLElement {
  const button = allByRole(host, 'button', name).find((b) => b.hasAttribute('aria-expanded') && b.closest('li'));
  if (!button) throw new Error(`no place named ${String(name)}`);
  return button.closest('li')!;
}

/** The text of a place as read, whitespace folded. */
export const placeText = (li: Element): string => spoken(li).replace(/\s+/g, ' ').trim();

/** Waits for the element to have measured its width and re-rendered (a ResizeObserver, then a frame). */
export async function measured(host: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await host.updateComplete;
  }
}
