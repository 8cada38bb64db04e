import { fixture, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/builder/editors/define.js';
import type { EditDetail } from '../../../src/builder/editors/base.js';

/** Renders an editor and waits for its first paint. */
export async function editor<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: TemplateResult,
): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

/** The element's shadow root, queried by a selector a person could describe (label text, role). */
export const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;

/** The control labelled `text` (the <label>'s own text, without "(required)"). */
export function labelled<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, text: string | RegExp): T {
  const labels = [...root(el).querySelectorAll('label')];
  const label = labels.find((l) =>
    typeof text === 'string' ? l.textContent.trim().startsWith(text) : text.test(l.textContent),
  );
  if (!label) throw new Error(`no label "${String(text)}" in ${labels.map((l) => l.textContent.trim()).join(' | ')}`);
  const control = label.control ?? label.querySelector('input');
  if (!control) throw new Error(`label "${String(text)}" has no control`);
  return control as unknown as T;
}

/** Types `text` into a field as a person would (replacing its content), firing input events. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Every `sebaya-edit` the element fires from now on. */
export function edits(el: HTMLElement): EditDetail[] {
  const seen: EditDetail[] = [];
  el.addEventListener('sebaya-edit', (e) => seen.push(e.detail));
  return seen;
}

export const nextEdit = (el: HTMLElement): Promise<CustomEvent<EditDetail>> => oneEvent(el, 'sebaya-edit');

/** What the polite live region says (the editor's own refusal). */
export const refusal = (el: HTMLElement): string => root(el).getElementById('refusal')?.textContent?.trim() ?? '';

/** Sets the viewport to a phone's width for the rest of the test. */
export async function narrow(): Promise<void> {
  await setViewport({ width: 360, height: 740 });
}
export async function wide(): Promise<void> {
  await setViewport({ width: 1024, height: 768 });
}
