/** Test helpers: wait for Sebaya's events and read what a person would perceive. */
import type { LitElement } from 'lit';

/** Resolves with the next `name` event from `el` (or rejects after `ms`). */
export function nextEvent<T = unknown>(el: EventTarget, name: string, ms = 5_000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${ms} ms`)), ms);
    el.addEventListener(
      name,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Waits until the element leaves the loading state and has rendered. */
export async function settled(el: LitElement, ms = 5_000): Promise<void> {
  await el.updateComplete;
  const start = performance.now();
  while (el.getAttribute('state') === 'loading' || !el.hasAttribute('state')) {
    if (performance.now() - start > ms) throw new Error(`${el.localName} still loading after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

/** The element's shadow root (throws if missing). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of the shadow root, whitespace folded. */
export function textOf(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All links in the shadow root as [text, href] pairs. */
export function links(el: Element): { text: string; href: string }[] {
  return [...shadow(el).querySelectorAll('a')].map((a) => ({
    text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
    href: a.getAttribute('href') ?? '',
  }));
}
