import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { editor, edits, labelled, root } from './helpers.js';
import type { SebayaEditBoolean } from '../../../src/builder/editors/boolean.js';
import type { SebayaEditChoice } from '../../../src/builder/editors/choice.js';

describe('<sebaya-edit-boolean> with a default', () => {
  const shuffle = (value: boolean | undefined, lang = 'en') =>
    editor<SebayaEditBoolean>(
      html`<sebaya-edit-boolean
        path="quiz.shuffle"
        label=${lang === 'en' ? 'Shuffle the questions' : 'Acak pertanyaan'}
        lang=${lang}
        .defaultValue=${true}
        .value=${value}
      ></sebaya-edit-boolean>`,
    );

  it('unset shows the default state marked “(default)”, and writes nothing until changed', async () => {
    const el = await shuffle(undefined);
    const seen = edits(el);
    const box = labelled(el, 'Shuffle the questions');
    expect(box.checked).to.equal(true);
    expect(root(el).querySelector('label')!.textContent.replace(/\s+/g, ' ')).to.contain('(default)');
    expect(root(el).querySelector('button')).to.equal(null);
    expect(seen).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('unticking writes false; ticking again writes true (kept as chosen: only “Back to the default” unsets)', async () => {
    const el = await shuffle(undefined);
    const seen = edits(el);
    el.focus();
    await sendKeys({ press: 'Space' });
    el.value = seen.at(-1)!.value as boolean | undefined;
    await el.updateComplete;
    expect(labelled(el, 'Shuffle the questions').checked).to.equal(false);
    expect(root(el).querySelector('label')!.textContent).to.not.contain('(default)');
    await sendKeys({ press: 'Space' });
    expect(seen.map((e) => e.value)).to.deep.equal([false, true]);
  });

  it('a set value offers going back to the default, in Bahasa Indonesia too', async () => {
    const el = await shuffle(false, 'id');
    const seen = edits(el);
    const back = root(el).querySelector('button')!;
    expect(back.textContent.trim()).to.equal('Kembali ke bawaan (ya)');
    await expect(el).to.be.accessible();
    back.click();
    expect(seen).to.deep.equal([{ path: 'quiz.shuffle', value: undefined }]);
    // Set explicitly to the default (an imported config): still offered, and unset it says "(bawaan)".
    el.value = true;
    await el.updateComplete;
    expect(root(el).querySelector('button')).to.not.equal(null);
    el.value = undefined;
    await el.updateComplete;
    expect(root(el).querySelector('label')!.textContent).to.contain('(bawaan)');
    expect(labelled(el, 'Acak pertanyaan').checked).to.equal(true);
  });

  it('without a known default it stays a plain yes/no', async () => {
    const el = await editor<SebayaEditBoolean>(
      html`<sebaya-edit-boolean path="quiz.includeBuiltIn" label="Built-in" lang="en"></sebaya-edit-boolean>`,
    );
    const seen = edits(el);
    labelled(el, 'Built-in').click();
    labelled(el, 'Built-in').click();
    expect(seen.map((e) => e.value)).to.deep.equal([true, false]);
    expect(root(el).textContent).to.not.contain('(default)');
  });
});

describe('<sebaya-edit-choice> with a default', () => {
  it('names the default in the unset option, and choosing it writes nothing', async () => {
    const el = await editor<SebayaEditChoice>(
      html`<sebaya-edit-choice
        path="calendar.view"
        label="View"
        lang="en"
        .defaultValue=${'month'}
        .options=${[
          { value: 'month', label: 'Month' },
          { value: 'list', label: 'List' },
        ]}
      ></sebaya-edit-choice>`,
    );
    const seen = edits(el);
    const select = labelled<HTMLSelectElement>(el, 'View');
    expect(select.options[0]!.textContent.trim()).to.equal('(default: Month)');
    expect(select.value).to.equal('');
    await expect(el).to.be.accessible();
    select.value = 'list';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(seen.map((e) => e.value)).to.deep.equal(['list', undefined]);
    el.lang = 'id';
    await el.updateComplete;
    expect(select.options[0]!.textContent.trim()).to.equal('(bawaan: Month)');
  });
});
