import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { keepCredential } from '../../src/inbox/model/credential.js';
import { keepKey } from '../../src/inbox/model/key-store.js';
import { parseKeyFile } from '../../src/inbox/model/key-file.js';
import { nextEvent } from '../helpers/events.js';
import {
  cleanDevice,
  config,
  fault,
  InboxPage,
  keyFileText,
  mount,
  newEndpoint,
  otherPublicKey,
  request,
  send,
  testPublicKey,
  until,
  TEST_CREDENTIAL,
} from './helpers.js';

/** A device already set up: the test key kept, the test credential for this session. */
async function setUpDevice(credential = TEST_CREDENTIAL): Promise<void> {
  await keepKey(parseKeyFile(await keyFileText()));
  keepCredential(credential, false);
}

describe('<sebaya-inbox>: states', () => {
  beforeEach(cleanDevice);
  after(async () => {
    await cleanDevice();
    await setViewport({ width: 800, height: 600 });
  });

  it('says how many requests could not be opened because they were sealed to another key', async () => {
    const endpoint = newEndpoint();
    const other = await otherPublicKey();
    await send(endpoint, request({ message: 'Readable one' }), await testPublicKey());
    await send(endpoint, request({ message: 'Sealed to another team' }), other);
    await send(endpoint, request({ message: 'Also another team' }), other);
    await setUpDevice();
    // The site's config names the other key: the device's key is not its pair.
    const page = new InboxPage(await mount(config(endpoint, { publicKey: other })));
    await page.listShown();
    expect(page.text).to.include(
      '2 requests could not be opened: they were sealed to another key. Open the right key file, or ask the site owner to check supportForm.publicKey.',
    );
    expect(page.text).to.include('The key on this device is not the pair of the site’s public key');
    expect(page.requests).to.have.length(1);
    await expect(page.el).to.be.accessible();
  });

  it('goes back to the credential step with a clear line on a wrong credential (401)', async () => {
    const endpoint = newEndpoint();
    await setUpDevice('sbc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const el = await mount(config(endpoint));
    const error = nextEvent<{ code: string }>(el, 'sebaya-error');
    const page = new InboxPage(el);
    expect((await error).detail.code).to.equal('unauthorized');
    await until(() => page.text.includes('The server refused this credential (401).'), 'the 401 line');
    expect((page.field('Credential (starts with sbc_)') as HTMLInputElement).getAttribute('aria-invalid')).to.equal(
      'true',
    );
    expect(sessionStorage.getItem('sebaya-inbox-credential')).to.equal(null);
    await expect(page.el).to.be.accessible();
    // A badly shaped credential never reaches the server.
    await page.signIn('my password');
    await until(() => page.text.includes('A credential is sbc_ followed by 43'), 'the shape line');
    await page.signIn(TEST_CREDENTIAL);
    await page.listShown();
  });

  it('keeps what is shown when the network fails, offers Retry, and fetches again once back online', async () => {
    const endpoint = newEndpoint();
    const key = await testPublicKey();
    await send(endpoint, request({ message: 'Already here' }), key);
    await setUpDevice();
    const page = new InboxPage(await mount(config(endpoint)));
    await page.listShown();
    await send(endpoint, request({ message: 'Arrived while offline' }), key);
    // The server brings the browser back after 3 s; its answer comes only then (test/hardening/fault-schedules.test.ts).
    const back = executeServerCommand('sebaya-set-offline', { offline: true, forMs: 3_000 });
    await until(() => !navigator.onLine, 'offline');
    page.button('Check for new requests').click();
    await until(() => page.text.includes('Cannot reach the server.'), 'the offline line');
    expect(page.text).to.include('Already here');
    await expect(page.el).to.be.accessible();
    expect(page.hasButton('Try again')).to.equal(true);
    // Back online, the inbox fetches again by itself.
    await back;
    await until(() => page.text.includes('Arrived while offline'), 'the new request');
    expect(page.text).to.not.include('Cannot reach the server.');
  });

  it('says the server has a problem on a 5xx, a dropped connection counts as offline, and 429 asks to wait', async () => {
    const endpoint = newEndpoint();
    await send(endpoint, request({ message: 'Still shown' }), await testPublicKey());
    await setUpDevice();
    const page = new InboxPage(await mount(config(endpoint)));
    await page.listShown();
    await fault(endpoint, '500');
    page.button('Check for new requests').click();
    await until(() => page.text.includes('The server has a problem right now. Try again in a moment.'), 'the 5xx line');
    expect(page.text).to.include('Still shown');
    await expect(page.el).to.be.accessible();
    // Chromium may retry a GET once on a reset keep-alive connection: drop two in a row.
    await fault(endpoint, 'drop', 2);
    page.button('Try again').click();
    await until(() => page.text.includes('Cannot reach the server.'), 'the offline line');
    await fault(endpoint, 'drop', 0);
    page.button('Try again').click();
    await until(() => !page.text.includes('Cannot reach the server.'), 'the line gone');
    await fault(endpoint, '429');
    page.button('Check for new requests').click();
    await until(() => page.text.includes('Too many attempts. Wait a minute, then try again.'), 'the 429 line');
  });

  it('never calls an inbox it could not read "empty": the first list failing is an error with Retry', async () => {
    const endpoint = newEndpoint();
    await send(endpoint, request({ message: 'Waiting on the server' }), await testPublicKey());
    await setUpDevice();
    await fault(endpoint, '503', 1);
    const page = new InboxPage(await mount(config(endpoint)));
    await until(() => page.text.includes('The server has a problem right now.'), 'the 5xx line');
    expect(page.el.state).to.equal('error');
    expect(page.text).to.not.include('No requests yet');
    await expect(page.el).to.be.accessible();
    page.button('Try again').click();
    await until(() => page.text.includes('Waiting on the server'), 'the request');
    expect(page.el.state).to.equal('ready');
  });

  it('says every state in Bahasa Indonesia too', async () => {
    const endpoint = newEndpoint();
    const other = await otherPublicKey();
    await send(endpoint, request({ message: 'Untuk tim lain' }), other);
    await setUpDevice();
    const id = (extra: Record<string, unknown> = {}) => ({ ...config(endpoint, extra), locale: 'id' });
    const page = new InboxPage(await mount(id({ publicKey: other }), 'id'));
    await until(
      () => page.text.includes('1 permintaan tidak bisa dibuka: dienkripsi untuk kunci lain.'),
      'the mismatch line',
    );
    expect(page.text).to.include('Kunci di perangkat ini bukan pasangan kunci publik situs');
    await fault(endpoint, '500');
    page.button('Periksa permintaan baru').click();
    await until(() => page.text.includes('Server sedang bermasalah. Coba lagi sebentar lagi.'), 'the 5xx line');
    await expect(page.el).to.be.accessible();

    const empty = new InboxPage(await mount(id({ endpoint: newEndpoint() }), 'id'));
    await until(
      () => empty.text.includes('Belum ada permintaan. Permintaan baru akan muncul di sini.'),
      'the empty line',
    );

    keepCredential('sbc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', false);
    const wrong = new InboxPage(await mount(id(), 'id'));
    await until(() => wrong.text.includes('Server menolak kredensial ini (401).'), 'the 401 line');
    await expect(wrong.el).to.be.accessible();
  });

  it('shows a calm loading line while it opens, and a located error for a config without an endpoint', async () => {
    const endpoint = newEndpoint();
    await setUpDevice();
    const el = await mount(config(endpoint));
    const page = new InboxPage(el);
    expect(el.state).to.equal('loading');
    expect(page.text).to.match(/Loading…|Opening the requests on this device…/);
    await expect(el).to.be.accessible();
    await page.listShown();

    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const broken = document.createElement('sebaya-inbox');
      broken.config = { supportForm: { endpoint: 'javascript:alert(1)' } };
      broken.lang = 'en';
      const errored = nextEvent<{ code: string; path?: string }>(broken, 'sebaya-error');
      document.body.append(broken);
      const error = await errored;
      expect(error.detail.path).to.equal('supportForm.endpoint');
      await until(() => broken.state === 'error', 'the error state');
      const brokenPage = new InboxPage(broken);
      expect(brokenPage.text).to.include('The inbox could not start.');
      expect(brokenPage.text).to.not.include('javascript');
      await expect(broken).to.be.accessible();
      broken.remove();
    } finally {
      console.error = original;
    }
    expect(logged.join('\n')).to.include('supportForm.endpoint');
  });

  it('speaks Bahasa Indonesia by default, and fits a 360 px phone with 24 px targets', async () => {
    const endpoint = newEndpoint();
    await send(endpoint, request({ message: 'x'.repeat(300), urgency: 'now' }), await testPublicKey());
    await setUpDevice();
    await setViewport({ width: 360, height: 740 });
    const page = new InboxPage(await mount(config(endpoint, {}), ''));
    (page.el.config as { locale?: string }).locale = undefined;
    page.el.config = { ...(page.el.config as object), locale: 'id' };
    await until(() => page.hasButton('Periksa permintaan baru') && page.el.state === 'ready', 'the list in Indonesian');
    await page.settle();
    expect(page.text).to.include('Sekarang: mungkin dalam bahaya');
    expect(page.text).to.include('Sulit tidur');
    expect(page.el.scrollWidth).to.be.at.most(360);
    for (const target of page.root.querySelectorAll<HTMLElement>(
      'button, input[type="checkbox"], input[type="text"], input[type="password"]',
    )) {
      const box = (target.closest('label') ?? target).getBoundingClientRect();
      expect(box.width, target.outerHTML).to.be.at.least(24);
      expect(box.height, target.outerHTML).to.be.at.least(24);
    }
    await expect(page.el).to.be.accessible();
  });
});
