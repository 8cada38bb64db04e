import { expect } from '@open-wc/testing';
import { SebayaInbox } from '../../src/inbox/inbox.js';
import { storedKey } from '../../src/inbox/model/key-store.js';
import {
  cleanDevice,
  config,
  InboxPage,
  keyFileText,
  mount,
  newEndpoint,
  request,
  send,
  stored,
  testPublicKey,
  until,
  TEST_CREDENTIAL,
} from './helpers.js';

describe('<sebaya-inbox>: first use and the list', () => {
  beforeEach(cleanDevice);
  after(cleanDevice);

  it('imports the key file as a non-extractable key, asks for the credential, and lists the requests opened, `now` first then newest', async () => {
    const endpoint = newEndpoint();
    const key = await testPublicKey();
    await send(endpoint, request({ message: 'Oldest, can wait', urgency: 'later' }), key, { sentAt: '2026-11-20' });
    await send(
      endpoint,
      request({
        message: 'Newest about family',
        topic: 'family',
        contact: { method: 'whatsapp', value: '+62 812 0000 0000' },
      }),
      key,
      {
        sentAt: '2026-12-02',
      },
    );
    await send(endpoint, request({ message: 'In danger tonight', urgency: 'now' }), key, { sentAt: '2026-11-25' });
    const page = new InboxPage(await mount(config(endpoint, { publicKey: key })));
    await until(() => page.text.includes('Open the private key file'), 'the key step');
    await expect(page.el).to.be.accessible();
    await page.chooseKeyFile(await keyFileText());
    await until(() => page.text.includes('Coordinator credential'), 'the credential step');
    await expect(page.el).to.be.accessible();

    // The key is on the device, and no script can read it back.
    const kept = await storedKey();
    expect(kept?.privateKey.extractable).to.equal(false);
    let refused = false;
    await crypto.subtle.exportKey('jwk', kept!.privateKey).catch(() => (refused = true));
    expect(refused, 'exportKey must reject').to.equal(true);
    expect(page.text).to.include('sebaya-test-key');

    await page.signIn();
    await page.listShown();
    expect(
      page.requests.map((r) => r.text.match(/Oldest, can wait|Newest about family|In danger tonight/)?.[0]),
    ).to.deep.equal(['In danger tonight', 'Newest about family', 'Oldest, can wait']);
    const family = page.request('Newest about family');
    expect(family.querySelector('h3')!.textContent).to.equal('Family');
    expect(family.textContent).to.include('WhatsApp: +62 812 0000 0000');
    expect(family.textContent).to.include('Dec 2, 2026');
    expect(page.request('In danger tonight').textContent).to.include('Now: may be in danger');
    expect(page.request('Oldest').querySelector('h3')!.textContent).to.equal('Trouble sleeping');
    await until(() => page.said === '3 new requests', 'the announcement');
    await expect(page.el).to.be.accessible();
    // The credential is kept for this session only.
    expect(sessionStorage.getItem('sebaya-inbox-credential')).to.equal(TEST_CREDENTIAL);
    expect(localStorage.getItem('sebaya-inbox-credential')).to.equal(null);
  });

  it('keeps the credential on the device only when "remember on this device" is ticked', async () => {
    const endpoint = newEndpoint();
    const page = new InboxPage(await mount(config(endpoint)));
    await until(() => page.text.includes('Open the private key file'), 'the key step');
    await page.chooseKeyFile(await keyFileText());
    await until(() => page.text.includes('Coordinator credential'), 'the credential step');
    await page.signIn(TEST_CREDENTIAL, true);
    await page.listShown();
    expect(localStorage.getItem('sebaya-inbox-credential')).to.equal(TEST_CREDENTIAL);
    expect(sessionStorage.getItem('sebaya-inbox-credential')).to.equal(null);
    page.button('Sign out').click();
    await until(() => page.text.includes('Coordinator credential'), 'the credential step');
    expect(localStorage.getItem('sebaya-inbox-credential')).to.equal(null);
  });

  it('shows an empty inbox calmly, and announces new requests when asked to check', async () => {
    const endpoint = newEndpoint();
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    expect(page.el.state).to.equal('empty');
    expect(page.text).to.include('No requests yet. New ones will appear here.');
    await expect(page.el).to.be.accessible();
    const key = await testPublicKey();
    for (let i = 0; i < 3; i += 1) await send(endpoint, request({ message: `New ${i}` }), key);
    page.button('Check for new requests').click();
    await until(() => page.said === '3 new requests', '"3 new requests"');
    expect(page.requests).to.have.length(3);
    page.button('Check for new requests').click();
    await until(() => page.said === 'No new requests.', '"No new requests."');
    expect(page.requests).to.have.length(3);
  });

  it('looks for new requests by itself while the page is open, and announces only what is new', async () => {
    const endpoint = newEndpoint();
    const every = SebayaInbox.pollMs;
    SebayaInbox.pollMs = 300;
    try {
      const page = new InboxPage(await mount(config(endpoint)));
      await page.setUp();
      await new Promise((r) => setTimeout(r, 700));
      expect(page.said, 'nothing new: nothing said').to.not.match(/new request/i);
      await send(endpoint, request({ message: 'Arrived on its own' }), await testPublicKey());
      await until(() => page.said === '1 new request', '"1 new request"');
      expect(page.text).to.include('Arrived on its own');
    } finally {
      SebayaInbox.pollMs = every;
    }
  });

  it('pages through the receiver and draws 50 at first, with "Show more"', async function () {
    this.timeout(30_000);
    const endpoint = newEndpoint();
    const key = await testPublicKey();
    await Promise.all(
      Array.from({ length: 520 }, (_, i) => send(endpoint, request({ message: `Request number ${i}` }), key)),
    );
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    expect(page.requests).to.have.length(50);
    expect(page.text).to.include('Showing 50 of 520');
    page.button('Show more').click();
    await page.settle();
    expect(page.requests).to.have.length(100);
    expect(await stored(endpoint)).to.have.length(500);
  });
});

describe('<sebaya-inbox>: hostile content', () => {
  beforeEach(cleanDevice);
  after(cleanDevice);

  it('shows requests, topics and contacts as text, never as HTML', async () => {
    const endpoint = newEndpoint();
    const xss = '<img src=x onerror="window.__inboxPwned=1"><script>window.__inboxPwned=1</script>';
    await send(
      endpoint,
      request({ message: xss, topic: '<b>topic</b>', contact: { method: 'email', value: `"><svg onload=alert(1)>` } }),
      await testPublicKey(),
    );
    const page = new InboxPage(
      await mount({
        locale: 'en',
        supportForm: { endpoint, topics: [{ id: '<b>topic</b>', label: '<i onmouseover=alert(1)>label</i>' }] },
      }),
    );
    await page.setUp();
    const row = page.request('<img src=x');
    expect(row.querySelector('img, script, svg, b, i')).to.equal(null);
    expect(row.querySelector('h3')!.textContent).to.equal('<i onmouseover=alert(1)>label</i>');
    expect(row.textContent).to.include('Email: "><svg onload=alert(1)>');
    expect((window as { __inboxPwned?: number }).__inboxPwned).to.equal(undefined);
  });
});
