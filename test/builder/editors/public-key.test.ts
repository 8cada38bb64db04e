import { expect, html, waitUntil } from '@open-wc/testing';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import { readPublicKey } from '../../../src/builder/editors/public-key.js';
import { parseKeyFile } from '../../../src/inbox/model/key-file.js';
import type { SebayaEditPublicKey } from '../../../src/builder/editors/public-key.js';

afterEach(wide);

/** The demo's key pair (public in demo/coordinator/demo-private-key.json; DEMO ONLY). */
const X = 'NTTBeDO3nsnDzQGF8DaIHImrivqkFBEsxxUcl_XUVWg';
const Y = 'BA7L0p3Hnkore2_bGDo-SBqgCkI9cn1rYM4VyVFY3gk';
const D = 'auyp2p4iY0OjyE1Ga1RPQwWWrnbQWWYuQXhDuHnhjoY';
const PATH = 'supportForm.publicKey';

/** Catches the download the editor starts: the file's name and text, read from its Blob URL. */
function catchDownload(): { file: Promise<{ name: string; text: string }>; restore: () => void } {
  const click = HTMLAnchorElement.prototype.click;
  let done!: (f: { name: string; text: string }) => void;
  const file = new Promise<{ name: string; text: string }>((resolve) => (done = resolve));
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return click.call(this);
    const name = this.download;
    void fetch(this.href)
      .then((r) => r.text())
      .then((text) => done({ name, text }));
  };
  return { file, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

describe('<sebaya-edit-public-key>', () => {
  it('reads a public JWK (bare or as { publicKey }) and refuses anything with a private part', () => {
    expect(readPublicKey(JSON.stringify({ kty: 'EC', crv: 'P-256', x: X, y: Y, kid: 'k1' }))).to.deep.equal({
      ok: true,
      key: { kty: 'EC', crv: 'P-256', x: X, y: Y, kid: 'k1' },
    });
    expect(readPublicKey(JSON.stringify({ publicKey: { kty: 'EC', crv: 'P-256', x: X, y: Y } })).ok).to.equal(true);
    expect(readPublicKey(JSON.stringify({ kty: 'EC', crv: 'P-256', x: X, y: Y, d: D }))).to.deep.equal({
      ok: false,
      why: 'private',
    });
    expect(
      readPublicKey(
        JSON.stringify({ privateKey: { kty: 'EC', crv: 'P-256', x: X, y: Y, d: D }, publicKey: { kty: 'EC' } }),
      ),
    ).to.deep.equal({ ok: false, why: 'private' });
    expect(readPublicKey('{"kty":"EC"')).to.deep.equal({ ok: false, why: 'json' });
    expect(readPublicKey(JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB' }))).to.deep.equal({ ok: false, why: 'shape' });
  });

  it('takes a pasted public key and shows it', async () => {
    const el = await editor<SebayaEditPublicKey>(
      html`<sebaya-edit-public-key path=${PATH} label="Team public key" lang="en"></sebaya-edit-public-key>`,
    );
    const seen = edits(el);
    expect(root(el).textContent).to.contain('No public key yet');
    type(
      labelled<HTMLTextAreaElement>(el, 'Paste the team’s public key'),
      JSON.stringify({ kty: 'EC', crv: 'P-256', x: X, y: Y }),
    );
    expect(seen).to.deep.equal([{ path: PATH, value: { kty: 'EC', crv: 'P-256', x: X, y: Y } }]);
    el.value = seen[0]!.value as SebayaEditPublicKey['value'];
    await el.updateComplete;
    expect(root(el).querySelector('pre')!.textContent).to.contain(X);
    await expect(el).to.be.accessible();
  });

  it('refuses a pasted private key, wipes it from the field and says why (en, id)', async () => {
    const el = await editor<SebayaEditPublicKey>(
      html`<sebaya-edit-public-key path=${PATH} label="Team public key" lang="en"></sebaya-edit-public-key>`,
    );
    const seen = edits(el);
    const area = labelled<HTMLTextAreaElement>(el, 'Paste the team’s public key');
    type(area, JSON.stringify({ kty: 'EC', crv: 'P-256', x: X, y: Y, d: D }));
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(area.value).to.equal('');
    expect(root(el).innerHTML).not.to.contain(D);
    expect(refusal(el)).to.contain('Not kept: this is a PRIVATE key');
    await expect(el).to.be.accessible();

    const id = await editor<SebayaEditPublicKey>(
      html`<sebaya-edit-public-key path=${PATH} label="Kunci"></sebaya-edit-public-key>`,
    );
    type(labelled<HTMLTextAreaElement>(id, 'Tempel kunci publik'), 'bukan json');
    await id.updateComplete;
    expect(refusal(id)).to.contain('Ini bukan JSON');
  });

  it('generates a pair: downloads the private key file in the sebaya keygen format, keeps only the public key', async () => {
    const before = (await indexedDB.databases()).map((d) => d.name);
    const storedBefore = localStorage.length + sessionStorage.length;
    const el = await editor<SebayaEditPublicKey>(
      html`<sebaya-edit-public-key path=${PATH} label="Team public key" lang="en"></sebaya-edit-public-key>`,
    );
    const seen = edits(el);
    const download = catchDownload();
    try {
      [...root(el).querySelectorAll('button')].find((b) => b.textContent.includes('Make a new key pair'))!.click();
      const { name, text } = await download.file;
      await waitUntil(() => seen.length === 1);
      expect(name).to.equal('sebaya-private-key.json');
      const file = JSON.parse(text) as Record<string, Record<string, string>>;
      expect(Object.keys(file)).to.deep.equal(['comment', 'created', 'suite', 'info', 'privateKey', 'publicKey']);
      expect(file.suite).to.equal('DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM');
      expect(file.info).to.equal('sebaya/support-request/v1');
      expect(parseKeyFile(text).d).to.match(/^[A-Za-z0-9_-]{43}$/);
      const { d, ...publicPart } = file.privateKey!;
      expect(seen[0]).to.deep.equal({ path: PATH, value: publicPart });
      expect(seen[0]!.value).to.deep.equal(file.publicKey);
      el.value = seen[0]!.value as SebayaEditPublicKey['value'];
      await el.updateComplete;
      expect(root(el).textContent).to.contain('The private key file was downloaded: keep it safe.');
      expect(root(el).innerHTML).not.to.contain(d!);
      expect(JSON.stringify(seen)).not.to.contain(d!);
      expect((await indexedDB.databases()).map((db) => db.name)).to.deep.equal(before);
      expect(localStorage.length + sessionStorage.length).to.equal(storedBefore);
    } finally {
      download.restore();
    }
  });

  it('fits 360 px with 24 px targets', async () => {
    await narrow();
    const el = await editor<SebayaEditPublicKey>(
      html`<sebaya-edit-public-key path=${PATH} label="Kunci publik tim" .value=${{ kty: 'EC', crv: 'P-256', x: X, y: Y }}></sebaya-edit-public-key>`,
    );
    for (const control of root(el).querySelectorAll<HTMLElement>('textarea, button, pre')) {
      const box = control.getBoundingClientRect();
      expect(box.right).to.be.at.most(360);
      expect(box.height).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });
});
