import { expect } from '@open-wc/testing';
import { storedKey } from '../../src/inbox/model/key-store.js';
import { newId } from '../../src/support-form/model/request.js';
import { sealEnvelope } from '../../src/support-form/model/seal.js';
import { cleanDevice, config, InboxPage, keyFileText, mount, newEndpoint, until } from './helpers.js';

/** Downloads the page starts inside the element (a Blob behind `<a download>`), read back as text. */
function catchDownloads(page: InboxPage): { name: string; text: Promise<string> }[] {
  const got: { name: string; text: Promise<string> }[] = [];
  page.root.addEventListener('click', (e) => {
    const a = e.target as HTMLAnchorElement;
    if (a.localName === 'a' && a.download) {
      e.preventDefault();
      got.push({ name: a.download, text: fetch(a.href).then((r) => r.text()) });
    }
  });
  return got;
}

describe('<sebaya-inbox>: setting up a device', () => {
  beforeEach(cleanDevice);
  after(cleanDevice);

  it('says calmly what is wrong with a file that is not a key file, and keeps asking for one', async () => {
    const page = new InboxPage(await mount(config(newEndpoint())));
    await until(() => page.text.includes('Open the private key file'), 'the key step');
    await page.chooseKeyFile('this is not json');
    await until(() => page.text.includes('This file is not a key file (it is not JSON).'), 'the JSON line');
    const field = page.field('Open the private key file');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await expect(page.el).to.be.accessible();
    // A public key alone (the config's half) is not enough to open anything.
    const { publicKey } = JSON.parse(await keyFileText()) as { publicKey: unknown };
    await page.chooseKeyFile(JSON.stringify(publicKey));
    await until(() => page.text.includes('This file holds no P-256 private key'), 'the shape line');
    expect(await storedKey()).to.equal(undefined);
  });

  it('makes a key pair in the browser: a backup file `sebaya open` reads, the public key to paste, the private half kept non-extractable', async function () {
    this.timeout(20_000);
    const page = new InboxPage(await mount(config(newEndpoint())));
    await until(() => page.text.includes('Make a new key pair'), 'the key step');
    const downloads = catchDownloads(page);
    page.button('Make a new key pair').click();
    await until(() => page.text.includes('Coordinator credential'), 'the credential step');
    expect(downloads.map((d) => d.name)).to.deep.equal(['sebaya-private-key.json']);
    const file = JSON.parse(await downloads[0]!.text) as {
      suite: string;
      info: string;
      privateKey: { d: string; x: string; y: string; kid: string };
      publicKey: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
    };
    expect(file.suite).to.equal('DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM');
    expect(file.info).to.equal('sebaya/support-request/v1');
    expect(file.privateKey.d).to.match(/^[A-Za-z0-9_-]{43}$/);
    // The public key shown on screen is the file's.
    expect(page.root.querySelector('pre')!.textContent).to.include(file.publicKey.x);
    const kept = await storedKey();
    expect(kept!.privateKey.extractable).to.equal(false);
    expect(kept!.publicKey.x).to.equal(file.publicKey.x);

    // The team's command line opens a request sealed to the new key with the backup file.
    const envelope = await sealEnvelope(
      { id: newId(), sentAt: '2026-12-01' },
      {
        topic: 'sleep',
        message: 'Opened on the command line',
        urgency: 'soon',
        lang: 'id',
        contact: { method: 'none' },
      },
      file.publicKey,
    );
    const res = await fetch('/__test__/support-form-cli', {
      method: 'POST',
      body: JSON.stringify({
        args: ['open', '{dir}/requests.json', '--key', '{dir}/key.json', '--json'],
        files: { 'requests.json': JSON.stringify([envelope]), 'key.json': await downloads[0]!.text },
      }),
    });
    const run = (await res.json()) as { code: number; stdout: string };
    expect(run.code).to.equal(0);
    expect(run.stdout).to.include('Opened on the command line');
  });

  it('forgets the key on this device after a confirm step', async () => {
    const page = new InboxPage(await mount(config(newEndpoint())));
    await until(() => page.text.includes('Open the private key file'), 'the key step');
    await page.chooseKeyFile(await keyFileText());
    await until(() => page.text.includes('Coordinator credential'), 'the credential step');
    page.button('Forget this key on this device').click();
    await page.settle();
    expect(page.text).to.include('Forget the key? Without its backup file');
    await until(() => page.root.activeElement?.textContent?.trim() === 'Yes, forget it', 'focus on the confirm');
    page.button('Yes, forget it').click();
    await until(() => page.text.includes('Open the private key file'), 'the key step again');
    await until(() => page.said === 'The key is forgotten on this device.', 'the announcement');
    expect(await storedKey()).to.equal(undefined);
  });

  it('makes a coordinator credential in the browser with the sha256 line for the receiver (receiver/node/auth.mjs)', async () => {
    const page = new InboxPage(await mount(config(newEndpoint())));
    await until(() => page.text.includes('Open the private key file'), 'the key step');
    await page.chooseKeyFile(await keyFileText());
    await until(() => page.text.includes('Make a new credential'), 'the credential step');
    page.button('Make a new credential').click();
    await until(() => page.root.querySelectorAll('pre').length === 2, 'the new credential');
    const [credential = '', hash] = [...page.root.querySelectorAll('pre')].map((p) => (p.textContent ?? '').trim());
    expect(credential).to.match(/^sbc_[A-Za-z0-9_-]{43}$/);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(credential)));
    expect(hash).to.equal(`sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`);
    await expect(page.el).to.be.accessible();
  });
});
