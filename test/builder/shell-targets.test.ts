/**
 * What an owner on a phone can reach: every control of the builder, in every task page with the
 * demo village's config and every list item open, is at least 24×24 px (WCAG 2.2, 2.5.8) and
 * inside a 360 px screen; the empty notice leaves no mark behind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { loadParts } from '../../src/builder/lazy.js';
import { DRAFT_KEY } from '../../src/builder/model.js';
import { TASKS } from '../../src/builder/tasks.js';

const CONTROLS = 'button, select, input:not([type="hidden"]), textarea, a[href], summary, [role="tab"]';

/** Controls in the builder and in the shadow roots of the editors inside it. */
function controlsIn(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [...root.querySelectorAll<HTMLElement>(CONTROLS)];
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) found.push(...controlsIn(host.shadowRoot));
  return found;
}

/** A link inside a sentence is exempt from the size rule (2.5.8 "inline"). */
const inline = (el: HTMLElement) => el.localName === 'a' && el.parentElement?.localName === 'p';

const visible = (el: HTMLElement) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};

function tooSmall(el: SebayaBuilder): string[] {
  const out: string[] = [];
  for (const control of controlsIn(el.renderRoot)) {
    // The preview shows the elements, which have their own tests.
    if (control.closest('.stage') || inline(control) || !visible(control)) continue;
    // A radio or checkbox counts with its label, which is the target the owner taps.
    const target = control.matches('input[type="radio"], input[type="checkbox"]')
      ? (control.closest('label') ?? control)
      : control;
    const box = target.getBoundingClientRect();
    const name = `${control.localName}[${control.getAttribute('data-path') ?? control.textContent?.trim().slice(0, 30) ?? ''}]`;
    if (box.height < 24 || box.width < 24) out.push(`${name} ${Math.round(box.width)}×${Math.round(box.height)}`);
    if (box.right > 360.5) out.push(`${name} reaches ${Math.round(box.right)} px`);
  }
  return out;
}

async function settle(el: SebayaBuilder) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

describe('<sebaya-builder> on a 360 px phone', () => {
  before(async () => {
    // The field editors are a lazy chunk: measure them, not the plain controls they stand for.
    await loadParts();
    await setViewport({ width: 360, height: 740 });
    const demo = (await (await fetch('/demo/sebaya.json')).json()) as Record<string, unknown>;
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ config: demo, done: [] }));
  });
  after(async () => {
    localStorage.removeItem(DRAFT_KEY);
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps every control of the task list at least 24×24 px and on screen', async () => {
    const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="id"></sebaya-builder>`);
    el.flush();
    await settle(el);
    expect(tooSmall(el)).to.deep.equal([]);
  });

  for (const task of TASKS) {
    it(`keeps every control of the “${task.id}” task at least 24×24 px and on screen, lists open`, async () => {
      const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="en"></sebaya-builder>`);
      el.flush();
      el.view = task.id;
      await settle(el);
      // Open every list item (their editors are where most controls are).
      for (const edit of el.renderRoot.querySelectorAll<HTMLButtonElement>('button.item-edit')) edit.click();
      await settle(el);
      // The walk really reached the task's fields (the demo config sets every task up).
      expect(controlsIn(el.renderRoot).filter((c) => !c.closest('.stage')).length).to.be.above(4);
      expect(tooSmall(el)).to.deep.equal([]);
    });
  }

  it('shows no notice mark while there is nothing to say, and the notice once there is', async () => {
    localStorage.removeItem(DRAFT_KEY);
    const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="en"></sebaya-builder>`);
    el.flush();
    await settle(el);
    const notice = el.renderRoot.querySelector<HTMLElement>('.notice');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(notice?.getBoundingClientRect().height).to.equal(0);
    el.startAgain();
    await settle(el);
    expect(notice?.getBoundingClientRect().height).to.be.above(20);
  });
});
