/**
 * `importKeyFile()` called by a team page right after it creates the element, before the inbox's
 * first load (its chunk, the config, the key store) is done: the key is kept, on this device and
 * on screen, not overwritten by the empty key store the first load read.
 */
import { expect } from '@open-wc/testing';
import '../../src/inbox/define.js';
import { storedKey } from '../../src/inbox/model/key-store.js';
import { cleanDevice, config, InboxPage, keyFileText, newEndpoint, until } from './helpers.js';

describe('<sebaya-inbox>.importKeyFile() before the first load is done', () => {
  beforeEach(cleanDevice);
  after(cleanDevice);

  for (const how of ['config object', 'slow config URL'] as const) {
    it(`keeps the key (${how})`, async () => {
      const file = new Blob([await keyFileText()], { type: 'application/json' });
      const el = document.createElement('sebaya-inbox');
      el.lang = 'en';
      const cfg = config(newEndpoint());
      if (how === 'config object') el.config = cfg;
      // The config arrives 800 ms late: the key file is read and kept long before.
      else el.src = `/__test__/config?case=body&delay=800&body=${encodeURIComponent(JSON.stringify(cfg))}`;
      document.body.append(el);
      try {
        await el.importKeyFile(file);
        const page = new InboxPage(el);
        // Settled: the config has arrived (and been read), and the inbox is still past the key step.
        if (el.src) {
          const url = new URL(el.src, location.href).href;
          await until(() => performance.getEntriesByName(url).length > 0, 'the config to arrive', 5_000);
          await new Promise((r) => setTimeout(r, 100));
        }
        await until(() => el.state !== 'loading', 'the first load');
        await el.updateComplete;
        await until(() => page.text.includes('Make a new credential'), 'the credential step');
        expect(page.text).to.not.include('Open the private key file');
        expect(page.text).to.include('Make a new credential');
        expect(await storedKey()).to.not.equal(undefined);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }
});
