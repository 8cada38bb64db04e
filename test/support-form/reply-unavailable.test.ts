/**
 * A form with `supportForm.replies` whose reply chunk cannot load when the request is sent (the
 * phone went offline while the visitor wrote): the request is still saved and sent, without a reply
 * key, and the visitor is told the answer cannot be read here. Its own file: in the other reply
 * tests the chunk is already in the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/support-form/define.js';
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { nextEvent, settled } from '../helpers/events.js';
import { clearOutbox, endpointFor, FormPage, newBox, received, until } from './helpers.js';

/** The server command of test/server/offline-command.mjs. */
const OFFLINE_COMMAND = 'sebaya-set-offline';
const reachable = (): Promise<boolean> =>
  fetch('/__test__/hits?id=reply-unavailable-probe', { cache: 'no-store' }).then(
    () => true,
    () => false,
  );

describe('replies on, but the reply chunk cannot load at sending', function () {
  this.timeout(30_000);

  after(async () => {
    await until(reachable, 'the browser to be online again', 8_000);
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await clearOutbox();
  });

  it('saves and later sends the request without a reply key, and says an answer cannot be read here', async () => {
    const box = newBox('reply-unavailable');
    const el = await fixture<SebayaSupportForm>(
      html`<sebaya-support-form
        lang="en"
        retry-delay="200"
        .config=${{ supportForm: { endpoint: endpointFor(box), minFillSeconds: 0, replies: true } }}
      ></sebaya-support-form>`,
    );
    await settled(el);
    const page = new FormPage(el);
    await page.fill('Ditulis lalu sinyal hilang.');
    void executeServerCommand(OFFLINE_COMMAND, { offline: true, forMs: 2_000 });
    await until(() => reachable().then((up) => !up), 'the browser to be offline', 2_000);
    const queued = nextEvent<{ id: string }>(el, 'sebaya-request-queued', 10_000);
    await page.submit();
    await queued;
    await el.updateComplete;
    expect(page.root.querySelector('[part="reply-secret"]')).to.equal(null);
    expect(page.status).to.contain('Saved on this phone');
    expect(page.root.textContent).to.contain('No reply secret could be made on this device');
    // Back online, the outbox delivers it: a whole request, without a reply key; the note stays.
    await until(reachable, 'the browser to be online again', 8_000);
    await until(async () => (await received(box)).stored.length === 1, 'the request to arrive', 15_000);
    await until(() => el.getAttribute('phase') === 'sent', 'the sent phase');
    expect(page.root.textContent).to.contain('No reply secret could be made on this device');
    await expect(el).to.be.accessible(); // axe itself is a lazy module: only once online
    const [envelope] = (await received(box)).stored as { request: Record<string, unknown> }[];
    expect(envelope!.request.message).to.equal('Ditulis lalu sinyal hilang.');
    expect(envelope!.request).not.to.have.property('reply');
  });
});
