/**
 * Placeholders that survive CMS sanitisers. OpenSID's article editor and WordPress (for authors
 * who are not admins) strip custom elements and every <script>, but keep `<div data-*>`. When
 * sebaya.js is loaded by the theme or a plugin, each
 *   <div data-sebaya="calendar" data-src="/sebaya.json" data-lang="id"></div>
 * becomes <sebaya-calendar src="/sebaya.json" lang="id"> in place — every `data-*` attribute
 * becoming the attribute of the same name — also for placeholders added to the page later.
 * JSON written as the placeholder's text (what a sanitiser leaves of a <script>) becomes the
 * element's inline config.
 */
const SELECTOR = '[data-sebaya]';
const NAME = /^[a-z][a-z-]*$/;

/** Replaces one placeholder with its element; returns the element, or undefined if not a placeholder. */
export function upgradePlaceholder(placeholder: Element): HTMLElement | undefined {
  const name = placeholder.getAttribute('data-sebaya')?.trim().toLowerCase() ?? '';
  if (!NAME.test(name) || !placeholder.parentNode) return undefined;
  const el = document.createElement(`sebaya-${name}`);
  for (const { name: attr, value } of [...placeholder.attributes]) {
    if (attr === 'data-sebaya') continue;
    if (attr.startsWith('data-')) el.setAttribute(attr.slice(5), value);
    else if (attr === 'id' || attr === 'class' || attr === 'hidden' || attr.startsWith('aria-')) el.setAttribute(attr, value);
  }
  const script = placeholder.querySelector('script[type="application/json"]');
  const text = (placeholder.textContent ?? '').trim();
  if (script) el.append(script);
  else if (/^(<!\[CDATA\[\s*)?[{]/.test(text)) {
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = text;
    el.append(json);
  } else {
    // Anything else (a no-script fallback link) stays as light DOM, hidden once upgraded.
    el.append(...placeholder.childNodes);
  }
  placeholder.replaceWith(el);
  return el;
}

let observer: MutationObserver | undefined;

/** Upgrades every placeholder now and watches for new ones. Safe to call more than once. */
export function upgradePlaceholders(root: ParentNode = document): void {
  root.querySelectorAll(SELECTOR).forEach((p) => upgradePlaceholder(p));
  if (observer || typeof MutationObserver === 'undefined' || root !== document) return;
  observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(SELECTOR)) upgradePlaceholder(node);
        else node.querySelectorAll(SELECTOR).forEach((p) => upgradePlaceholder(p));
      }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Runs once the document is parsed (or now, if it already is). */
export function upgradePlaceholdersWhenReady(): void {
  if (typeof document === 'undefined') return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradePlaceholders(), { once: true });
  else upgradePlaceholders();
}
