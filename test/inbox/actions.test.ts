import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deriveReplyKeys, openReply, type SealedReply } from '../../src/support-form/model/reply.js';
import { dayOf, newId, referenceCode } from '../../src/support-form/model/request.js';
import { nextEvent } from '../helpers/events.js';
import {
  cleanDevice,
  config,
  fault,
  InboxPage,
  mount,
  newEndpoint,
  request,
  send,
  stored,
  testPublicKey,
  until,
} from './helpers.js';

describe('<sebaya-inbox>: acting on requests', () => {
  beforeEach(cleanDevice);
  after(cleanDevice);

  it('marks a request handled and not handled on the receiver, and says so', async () => {
    const endpoint = newEndpoint();
    const id = await send(endpoint, request({ message: 'Please call me back' }), await testPublicKey());
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    const box = page.field('Handled') as HTMLInputElement;
    expect(box.checked).to.equal(false);
    const event = nextEvent<{ id: string; handled: boolean }>(page.el, 'sebaya-inbox-handled');
    box.click();
    expect((await event).detail).to.deep.equal({ id, handled: true });
    await until(() => page.said === 'Marked as handled.', 'the announcement');
    expect((await stored(endpoint))[0]!.handled).to.equal(true);
    (page.field('Handled') as HTMLInputElement).click();
    await until(() => page.said === 'Marked as not handled.', 'the second announcement');
    expect((await stored(endpoint))[0]!.handled).to.equal(false);
  });

  it("seals a reply to the visitor's reply key; the visitor opens it with the code and the secret", async function () {
    this.timeout(20_000);
    const endpoint = newEndpoint();
    const id = newId();
    const code = referenceCode(id);
    const secret = 'mangga sungai biru lima padi';
    const visitor = await deriveReplyKeys(secret, code);
    await send(
      endpoint,
      request({ message: 'Can someone answer me here?', reply: visitor.replyTo }),
      await testPublicKey(),
      { id },
    );
    // UTC+14: from 10:00 UTC on, the team's day is the next UTC day.
    const page = new InboxPage(await mount({ ...config(endpoint), timeZone: 'Pacific/Kiritimati' }));
    await page.setUp();
    page.button('Write a reply').click();
    await page.settle();
    const area = page.field(`Reply to code ${code}`) as HTMLTextAreaElement;
    await until(() => page.root.activeElement === area, 'focus in the reply box');
    await expect(page.el).to.be.accessible();
    area.value = 'Kami akan menemui Anda di Puskesmas, Kamis pukul 9.';
    const sent = nextEvent<{ id: string }>(page.el, 'sebaya-inbox-reply-sent');
    page.button('Send the reply').click();
    expect((await sent).detail.id).to.equal(id);
    await until(() => page.said === 'Reply sent.', '"Reply sent."');
    expect(page.request('Can someone answer me here?').textContent).to.include('1 reply sent');

    // The visitor's side, as the form's reply view does it.
    const res = await fetch(`${endpoint}/replies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: code.replace('-', ''), token: visitor.replyTo.token }),
    });
    const { replies } = (await res.json()) as { replies: SealedReply[] };
    expect(replies).to.have.length(1);
    expect(replies[0]!.sentAt).to.equal(dayOf(new Date(), 'Pacific/Kiritimati'));
    expect(await openReply(visitor.keyPair, replies[0]!)).to.deep.equal({
      text: 'Kami akan menemui Anda di Puskesmas, Kamis pukul 9.',
      lang: 'id', // the visitor's language: the team answers in it
    });
  });

  it('offers no reply box when the visitor made no reply secret', async () => {
    const endpoint = newEndpoint();
    await send(endpoint, request({ message: 'No secret here' }), await testPublicKey());
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    expect(page.hasButton('Write a reply')).to.equal(false);
    expect(page.text).to.include('The visitor made no reply secret, so no reply can be left here.');
  });

  it('deletes a request only after the confirm step, by keyboard alone', async () => {
    const endpoint = newEndpoint();
    const key = await testPublicKey();
    await send(endpoint, request({ message: 'Keep me' }), key);
    const id = await send(endpoint, request({ message: 'Delete me' }), key);
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    const row = page.request('Delete me');
    page.button('Delete', row).focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(page.text).to.include('Delete this request and its replies for good?');
    await until(() => page.root.activeElement?.textContent?.trim() === 'Yes, delete', 'focus on the confirm button');
    await expect(page.el).to.be.accessible();
    // Cancel first: nothing is deleted.
    page.button('Cancel', page.request('Delete me')).focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(await stored(endpoint)).to.have.length(2);
    page.button('Delete', page.request('Delete me')).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => page.root.activeElement?.textContent?.trim() === 'Yes, delete', 'focus on the confirm button');
    const deleted = nextEvent<{ id: string }>(page.el, 'sebaya-inbox-deleted');
    await sendKeys({ press: 'Enter' });
    expect((await deleted).detail.id).to.equal(id);
    await until(() => page.said === 'Request deleted.', '"Request deleted."');
    expect(page.requests.map((r) => r.text.includes('Keep me'))).to.deep.equal([true]);
    expect((await stored(endpoint)).map((r) => r.envelope.id)).to.not.include(id);
    // Focus lands on the top of the list, not on the page's start.
    await until(() => page.root.activeElement?.id === 'list-top', 'focus on the list');
  });

  it('keeps the reply being written when the server fails, and sends it on the next try', async () => {
    const endpoint = newEndpoint();
    const id = newId();
    const visitor = await deriveReplyKeys('mangga sungai biru lima padi', referenceCode(id));
    await send(endpoint, request({ message: 'Answer me', reply: visitor.replyTo }), await testPublicKey(), { id });
    // UTC+14: from 10:00 UTC on, the team's day is the next UTC day.
    const page = new InboxPage(await mount({ ...config(endpoint), timeZone: 'Pacific/Kiritimati' }));
    await page.setUp();
    page.button('Write a reply').click();
    await page.settle();
    const area = page.field(/^Reply to code/) as HTMLTextAreaElement;
    area.value = 'Kami akan datang besok.';
    area.dispatchEvent(new Event('input'));
    await fault(endpoint, '503');
    page.button('Send the reply').click();
    await until(() => page.text.includes('The server has a problem right now.'), 'the 5xx line');
    expect((page.field(/^Reply to code/) as HTMLTextAreaElement).value).to.equal('Kami akan datang besok.');
    expect((await stored(endpoint))[0]!.replies).to.have.length(0);
    page.button('Send the reply').click();
    await until(() => page.said === 'Reply sent.', '"Reply sent."');
    expect((await stored(endpoint))[0]!.replies).to.have.length(1);
  });

  it('forgets every request of a reference code, after checking the code and a confirm step', async () => {
    const endpoint = newEndpoint();
    const key = await testPublicKey();
    const id = await send(endpoint, request({ message: 'Please delete my data' }), key);
    await send(endpoint, request({ message: 'Someone else' }), key);
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    const field = page.field('Reference code') as HTMLInputElement;
    field.value = 'not a code';
    page.button('Delete this code’s requests').click();
    await page.settle();
    expect(page.text).to.include('A reference code is 8 letters and digits, like AB12-CD34.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    field.value = referenceCode(id).toLowerCase();
    page.button('Delete this code’s requests').click();
    await page.settle();
    expect(page.text).to.include(`Delete every request with code ${referenceCode(id)}, for good?`);
    page.button('Yes, delete').click();
    await until(() => page.said === '1 request deleted.', '"1 request deleted."');
    expect(page.requests.map((r) => r.text.includes('Someone else'))).to.deep.equal([true]);
    expect(await stored(endpoint)).to.have.length(1);
  });

  it('exports handled requests as CSV: counts by topic and urgency, messages only when ticked', async () => {
    const endpoint = newEndpoint();
    const key = await testPublicKey();
    await send(endpoint, request({ message: '=HYPERLINK("http://evil.example")', urgency: 'now' }), key);
    await send(endpoint, request({ message: 'Second sleep', urgency: 'now' }), key);
    await send(endpoint, request({ message: 'Family matter', topic: 'family' }), key);
    await send(endpoint, request({ message: 'Not handled yet' }), key);
    const page = new InboxPage(await mount(config(endpoint)));
    await page.setUp();
    for (const m of ['HYPERLINK', 'Second sleep', 'Family matter']) {
      (page.request(m).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      await until(() => page.request(m).classList.contains('handled'), `${m} handled`);
    }
    const month = page.root.querySelector<HTMLSelectElement>('#export-month')!;
    expect([...month.options].map((o) => o.textContent?.trim())).to.deep.equal(['All months', 'December 2026']);
    await expect(page.el).to.be.accessible();
    const downloads: string[] = [];
    page.root.addEventListener('click', (e) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        e.preventDefault();
        downloads.push(a.href);
      }
    });
    page.button('Download the CSV').click();
    (page.field('Include the message texts') as HTMLInputElement).click();
    await page.settle();
    page.button('Download the CSV').click();
    const [counts, full] = await Promise.all(downloads.map(async (u) => (await fetch(u)).text()));
    expect(counts!.replace(/^\ufeff/, '')).to.equal(
      '"Topic","Urgency","Count"\r\n"Family","Within a day or two","1"\r\n"Trouble sleeping","Now: may be in danger","2"\r\n',
    );
    expect(counts).to.not.include('Second sleep');
    expect(full).to.include('"Second sleep"');
    expect(full).to.include(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(full).to.not.include('Not handled yet');
  });
});
