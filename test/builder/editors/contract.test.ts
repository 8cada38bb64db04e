import { expect, html } from '@open-wc/testing';
import { editor, labelled, root, type } from './helpers.js';
import { EDITORS, type EditorTag } from '../../../src/builder/editors/define.js';
import type { SebayaEditPhone } from '../../../src/builder/editors/phone.js';

/** The label of the control focus() must reach, per editor (BUILDER-CONTRACT.md: the error summary links call it). */
const FIRST: Record<EditorTag, string> = {
  'sebaya-edit-plain': 'Field',
  'sebaya-edit-text': 'Field (English)',
  'sebaya-edit-number': 'Field',
  'sebaya-edit-boolean': 'Field',
  'sebaya-edit-choice': 'Field',
  'sebaya-edit-date': 'Field',
  'sebaya-edit-time': 'Field',
  'sebaya-edit-phone': 'Field',
  'sebaya-edit-hours': 'Monday',
  'sebaya-edit-colour': 'Field',
  'sebaya-edit-url': 'Field',
  'sebaya-edit-public-key': 'Paste the team’s public key (JSON)',
  'sebaya-edit-rrule': 'How often',
  'sebaya-edit-datetime': 'Date',
};

const VALUE: Partial<Record<EditorTag, unknown>> = {
  'sebaya-edit-hours': [{ days: ['mo'], opens: '08:00', closes: '12:00' }],
};

describe('every field editor (the contract)', () => {
  for (const tag of Object.keys(EDITORS) as EditorTag[]) {
    it(`${tag}: registered; focus() reaches its first control; the builder's error is shown`, async () => {
      expect(customElements.get(tag)).to.equal(EDITORS[tag]);
      const el = document.createElement(tag) as unknown as HTMLElement & { updateComplete: Promise<boolean> } & Record<
          string,
          unknown
        >;
      Object.assign(el, { path: 'p', label: 'Field', lang: 'en', locale: 'en', error: 'p: wrong', value: VALUE[tag] });
      document.body.append(el);
      try {
        await el.updateComplete;
        el.focus();
        const wanted = labelled(el, FIRST[tag]);
        expect(root(el).activeElement, `${tag} focus()`).to.equal(wanted);
        expect(root(el).textContent).to.contain('Problem: p: wrong');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('a value set by the builder (undo, an import) replaces what was being typed', async () => {
    const el = await editor<SebayaEditPhone>(
      html`<sebaya-edit-phone path="p" label="Phone" lang="en"></sebaya-edit-phone>`,
    );
    const input = labelled(el, 'Phone');
    type(input, '0812');
    await el.updateComplete;
    expect(root(el).getElementById('refusal')!.textContent).to.contain('Too short');
    el.value = '+62274391021';
    await el.updateComplete;
    expect(input.value).to.equal('+62274391021');
    expect(root(el).getElementById('refusal')!.textContent).to.equal('');
  });
});
