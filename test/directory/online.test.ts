import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/directory/define.js';
import type { SebayaDirectory } from '../../src/directory/directory.js';
import { settled } from '../helpers/events.js';
import { MONDAY_9, RESOURCES, baseConfig } from './config.js';

const feed = (c: string) => `/__test__/directory-feed?case=${c}`;

/** Mounts a directory with one good source and one that fails, goes back online, and says whether it loaded again. */
async function readyAgain(failing: string): Promise<boolean> {
  const config = baseConfig({}, { sources: [{ resources: RESOURCES.slice(0, 1) }, { url: feed(failing) }] });
  const el = await fixture<SebayaDirectory>(
    html`<sebaya-directory lang="id" .now=${MONDAY_9} .config=${config}></sebaya-directory>`,
  );
  await settled(el);
  expect(el.getAttribute('state')).to.equal('ready');
  let ready = false;
  el.addEventListener('sebaya-ready', () => (ready = true));
  window.dispatchEvent(new Event('online'));
  await aTimeout(300);
  await settled(el);
  return ready;
}

describe('<sebaya-directory> back online', () => {
  it('reads a source the server failed (500) again, but not one that is not there (404)', async () => {
    expect(await readyAgain('500')).to.equal(true);
    expect(await readyAgain('404')).to.equal(false);
  });
});
