import type { ReactiveElement } from 'lit';

/**
 * Placeholders that survive CMS sanitisers. OpenSID's article editor and WordPress (for authors
 * who are not admins) strip custom elements and every <script>, but keep `<div data-*>`. When
 * sebaya.js is loaded by the theme or a plugin, each
 *   <div data-sebaya="calendar" data-src="/sebaya.json" data-lang="id"></div>
 * becomes <sebaya-calendar src="/sebaya.json" lang="id"> in place — also for placeholders added
 * to the page later. JSON written as the placeholder's text (what a sanitiser leaves of a
 * <script>) becomes the element's inline config.
 *
 * Only the element's own attributes cross over: a `data-x` becomes `x` when `x` is an attribute
 * the element declares (Lit's `observedAttributes`: `src`, `lang`, `theme`, `no-help`, `debug`,
 * `state` and the element's own, such as `layout`), so a CMS author who may not post scripts
 * cannot write `data-onfocus`, `data-style`, `data-tabindex`, `data-autofocus`, `data-id`,
 * `data-class` or `data-slot` onto the page (a test keeps every element's list free of them and
 * within its documented attributes). The placeholder's own `id`, `class`, `hidden` and `aria-*`
 * move with it: the CMS already allowed them on that very spot, so moving them adds no power.
 * A placeholder for an element not defined yet waits for its definition.
 */
const SELECTOR = '[data-sebaya]';
const NAME = /^[a-z][a-z-]*$/;

/** Replaces one placeholder with its element; returns the element, or undefined if not (yet) one. */
export function upgradePlaceholder(placeholder: Element): HTMLElement | undefined {
  const name = placeholder.getAttribute('data-sebaya')?.trim().toLowerCase() ?? '';
  if (!NAME.test(name) || !placeholder.parentNode) return undefined;
  const tag = `sebaya-${name}`;
  const ctor = customElements.get(tag) as typeof ReactiveElement | undefined;
  if (!ctor) {
    void customElements.whenDefined(tag).then(() => upgradePlaceholder(placeholder));
    return undefined;
  }
  const own = ctor.observedAttributes;
  const el = document.createElement(tag);
  for (const { name: attr, value } of [...placeholder.attributes]) {
    if (attr.startsWith('data-')) {
      if (own.includes(attr.slice(5))) el.setAttribute(attr.slice(5), value);
    } else if (attr === 'id' || attr === 'class' || attr === 'hidden' || attr.startsWith('aria-'))
      el.setAttribute(attr, value);
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
