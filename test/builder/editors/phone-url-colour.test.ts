import { expect, html } from '@open-wc/testing';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import { readPhone } from '../../../src/builder/editors/phone-number.js';
import { readUrl } from '../../../src/builder/editors/url.js';
import { contrastRatio, parseHex } from '../../../src/core/theme/contrast.js';
import type { SebayaEditPhone } from '../../../src/builder/editors/phone.js';
import type { SebayaEditUrl } from '../../../src/builder/editors/url.js';
import type { SebayaEditColour } from '../../../src/builder/editors/colour.js';
import { Phone } from '../../../src/core/config/fields.js';
import * as v from 'valibot';

afterEach(wide);

describe('phone numbers', () => {
  it('reads the usual ways of writing a number into one form the schema accepts', () => {
    const kept = (raw: string): string | undefined => {
      const r = readPhone(raw);
      return r.ok ? r.phone : undefined;
    };
    for (const raw of ['0812-3456-789', '62812 3456 789', '+62 812-3456-789', '812 3456 789', '0062 812 3456 789'])
      expect(kept(raw), raw).to.equal('+62 812-3456-789');
    // Grouped as people read them: the elements show the number as the config keeps it.
    expect(kept('0812-0000-0000')).to.equal('+62 812-0000-0000');
    expect(kept('(0274) 391021')).to.equal('+62 274 391021');
    expect(kept('021 1234 5678')).to.equal('+62 21 12345678');
    expect(kept('+44 20 7946 0958')).to.equal('+442079460958');
    expect(kept(kept('0812-3456-789')!)).to.equal('+62 812-3456-789');
    expect(kept('119')).to.equal('119');
    expect(kept('1500-567')).to.equal('1500567');
    expect(kept('0800-1-123456')).to.equal('08001123456');
    for (const raw of ['+628123456789', '62274391021', '0812 0000 0000', '021 1234 5678', '119', '08001123456'])
      expect(v.safeParse(Phone, kept(raw) ?? raw).success, raw).to.equal(true);
    expect(readPhone('0812-ABC')).to.deep.include({ ok: false, problem: 'letters' });
    expect(readPhone('0812')).to.deep.include({ ok: false, problem: 'tooShort', digits: 4 });
    expect(readPhone('+62 8123 4567 8901 2345')).to.deep.include({ ok: false, problem: 'tooLong' });
    expect(readPhone('12')).to.deep.include({ ok: false, problem: 'tooShort' });
  });

  it('shows the kept form, refuses letters and short numbers without emitting', async () => {
    const el = await editor<SebayaEditPhone>(
      html`<sebaya-edit-phone path="crisis.lines[0].phone" label="Phone" lang="en"></sebaya-edit-phone>`,
    );
    const seen = edits(el);
    const input = labelled(el, 'Phone');
    type(input, '0812-3456-789');
    el.value = '+62 812-3456-789';
    await el.updateComplete;
    expect(input.value, 'what was typed stays').to.equal('0812-3456-789');
    expect(root(el).getElementById('shown')!.textContent).to.equal('Saved as +62 812-3456-789');
    type(input, '0812 34x');
    await el.updateComplete;
    expect(refusal(el)).to.contain('only digits');
    type(input, '0812');
    await el.updateComplete;
    expect(refusal(el)).to.equal('Too short for a phone number: 4 digits.');
    expect(seen).to.deep.equal([{ path: 'crisis.lines[0].phone', value: '+62 812-3456-789' }]);
    await expect(el).to.be.accessible();
  });

  it('WhatsApp toggle: a crisis line gets the number, a directory phone its kind', async () => {
    const line = await editor<SebayaEditPhone>(
      html`<sebaya-edit-phone
        path="crisis.lines[0].phone"
        whatsapp-path="crisis.lines[0].whatsapp"
        label="Nomor"
        .value=${'+628123456789'}
      ></sebaya-edit-phone>`,
    );
    const seen = edits(line);
    const box = labelled(line, 'Nomor ini juga bisa WhatsApp');
    box.click();
    type(labelled(line, 'Nomor'), '0813 1111 2222');
    box.click();
    expect(seen).to.deep.equal([
      { path: 'crisis.lines[0].whatsapp', value: '+628123456789' },
      { path: 'crisis.lines[0].phone', value: '+62 813-1111-2222' },
      { path: 'crisis.lines[0].whatsapp', value: '+62 813-1111-2222' },
      { path: 'crisis.lines[0].whatsapp', value: undefined },
    ]);
    await expect(line).to.be.accessible();

    const place = await editor<SebayaEditPhone>(
      html`<sebaya-edit-phone
        path="directory.sources[0].resources[0].phones[0].number"
        whatsapp-path="directory.sources[0].resources[0].phones[0].kind"
        label="Number"
        lang="en"
        .value=${'+62274391021'}
      ></sebaya-edit-phone>`,
    );
    const kinds = edits(place);
    labelled(place, 'This number also takes WhatsApp').click();
    await place.updateComplete;
    expect(kinds).to.deep.equal([{ path: 'directory.sources[0].resources[0].phones[0].kind', value: 'whatsapp' }]);
    expect(root(place).textContent).to.contain('WhatsApp needs a mobile number');
  });
});

describe('URLs', () => {
  it('refuses dangerous schemes, takes web addresses (and mailto:/tel: only where allowed)', () => {
    expect(readUrl('https://example.org/x', false)).to.deep.equal({ ok: true, url: 'https://example.org/x' });
    expect(readUrl('java\tscript:alert(1)', true)).to.deep.include({
      ok: false,
      why: 'refused',
      scheme: 'javascript:',
    });
    expect(readUrl('data:text/html,<b>', false)).to.deep.include({ ok: false, why: 'refused' });
    expect(readUrl('mailto:tim@example.org', false)).to.deep.include({ ok: false, why: 'noContact' });
    expect(readUrl('mailto:tim@example.org', true)).to.deep.equal({ ok: true, url: 'mailto:tim@example.org' });
    expect(readUrl('www.example.org', false)).to.deep.include({ ok: false, why: 'bad' });
  });

  it('says why a javascript: link is not kept, in English and Indonesian, and never emits it', async () => {
    const el = await editor<SebayaEditUrl>(
      html`<sebaya-edit-url path="organization.website" label="Website" lang="en"></sebaya-edit-url>`,
    );
    const seen = edits(el);
    const input = labelled(el, 'Website');
    type(input, 'javascript:alert(1)');
    await el.updateComplete;
    expect(refusal(el)).to.contain('Not kept: “javascript:” links can run code');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    type(input, 'https://tpkjm.example/');
    await el.updateComplete;
    expect(refusal(el)).to.equal('');
    expect(seen).to.deep.equal([{ path: 'organization.website', value: 'https://tpkjm.example/' }]);

    const id = await editor<SebayaEditUrl>(html`<sebaya-edit-url path="w" label="Situs" contact></sebaya-edit-url>`);
    type(labelled(id, 'Situs'), 'data:text/html,hi');
    await id.updateComplete;
    expect(refusal(id)).to.contain('Tidak disimpan: tautan “data:”');
    expect(refusal(id)).to.contain('mailto:');
  });
});

describe('colours', () => {
  it('measures WCAG contrast', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.001);
    expect(contrastRatio(parseHex('#777')!.rgb, [255, 255, 255])).to.be.closeTo(4.48, 0.01);
  });

  it('takes a colour with enough contrast, refuses a pale one with the measured ratio', async () => {
    const el = await editor<SebayaEditColour>(
      html`<sebaya-edit-colour path="calendar.categories[0].color" label="Colour" lang="en"></sebaya-edit-colour>`,
    );
    const seen = edits(el);
    const text = labelled(el, 'Colour');
    type(text, '#0b6b5d');
    await el.updateComplete;
    expect(root(el).getElementById('ratio')!.textContent).to.match(/Contrast with the background: \d+\.\d\d:1/);
    type(text, '#ffee88');
    await el.updateComplete;
    expect(refusal(el)).to.match(
      /Not kept: this colour has a contrast of 1\.\d\d:1 with the background, 3:1 is needed/,
    );
    type(text, 'teal');
    type(text, 'notacolour');
    await el.updateComplete;
    expect(refusal(el)).to.contain('#rrggbb');
    expect(seen).to.deep.equal([
      { path: 'calendar.categories[0].color', value: '#0b6b5d' },
      { path: 'calendar.categories[0].color', value: 'teal' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('checks against another surface (a dark theme) and through the picker, in Indonesian', async () => {
    await narrow();
    const el = await editor<SebayaEditColour>(
      html`<sebaya-edit-colour path="c" label="Warna" surface="#15191f"></sebaya-edit-colour>`,
    );
    const seen = edits(el);
    const picker = root(el).querySelector<HTMLInputElement>('input[type="color"]')!;
    picker.value = '#000000';
    picker.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(refusal(el)).to.contain('Tidak disimpan: kontras warna ini');
    picker.value = '#5fd3bf';
    picker.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(seen).to.deep.equal([{ path: 'c', value: '#5fd3bf' }]);
    expect(picker.getBoundingClientRect().height).to.be.at.least(24);
    expect(labelled(el, 'Warna').getBoundingClientRect().right).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('holds the site’s accent colours to the elements’ rule: 4.5:1 on every surface, kept as #rrggbb', async () => {
    const el = await editor<SebayaEditColour>(
      html`<sebaya-edit-colour path="appearance.accent" label="Accent" lang="en"></sebaya-edit-colour>`,
    );
    const seen = edits(el);
    const text = labelled(el, 'Accent');
    // 3.9:1 on the muted surface: enough for a category dot, not for the text of a button.
    type(text, '#d9480f');
    await el.updateComplete;
    expect(refusal(el)).to.match(/contrast of [34]\.\d\d:1 with the background, 4\.5:1 is needed/);
    type(text, 'purple');
    type(text, '#000000c0');
    await el.updateComplete;
    expect(refusal(el)).to.contain('#rrggbb');
    const dark = await editor<SebayaEditColour>(
      html`<sebaya-edit-colour path="appearance.accentDark" label="Dark" lang="en"></sebaya-edit-colour>`,
    );
    const seenDark = edits(dark);
    type(labelled(dark, 'Dark'), '#7a1f5c');
    type(labelled(dark, 'Dark'), '#f0a8d8');
    expect(seen).to.deep.equal([{ path: 'appearance.accent', value: '#800080' }]);
    expect(seenDark).to.deep.equal([{ path: 'appearance.accentDark', value: '#f0a8d8' }]);
  });
});
