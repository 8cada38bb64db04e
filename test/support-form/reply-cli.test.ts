/**
 * `sebaya open` (bin/sebaya.mjs) and a request that carries a reply key (supportForm.replies): the
 * request is opened whole, the key and token are kept (the inbox answers with them) and the
 * printout says an anonymous reply is possible; a malformed pair is dropped, never the request.
 */
import { expect } from '@open-wc/testing';
import { deriveReplyKeys } from '../../src/support-form/model/reply.js';
import { newId, plainEnvelope, referenceCode, type SupportRequest } from '../../src/support-form/model/request.js';
import { sealEnvelope } from '../../src/support-form/model/seal.js';
import { openText, testKeys } from './helpers.js';

async function sebaya(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const res = await fetch('/__test__/support-form-cli', { method: 'POST', body: JSON.stringify({ args, stdin }) });
  return (await res.json()) as { code: number; stdout: string; stderr: string };
}

describe('sebaya open with a reply key in the request', function () {
  this.timeout(20_000);

  it('keeps the reply key and token of sealed and plain requests, prints that a reply is possible, and drops a malformed one', async () => {
    const { publicKey } = await testKeys();
    const sealedId = newId();
    const plainId = newId();
    const badId = newId();
    const { replyTo } = await deriveReplyKeys('apel-awan-ayam-baju-batu', referenceCode(sealedId));
    const base: SupportRequest = {
      topic: 'general',
      message: 'Tolong balas saya.',
      urgency: 'soon',
      lang: 'id',
      contact: { method: 'none' },
      reply: replyTo,
    };
    const sealed = await sealEnvelope({ id: sealedId, sentAt: '2026-12-06' }, base, publicKey);
    expect(JSON.stringify(sealed)).not.to.contain(replyTo.token); // inside the seal only
    const plain = plainEnvelope(plainId, '2026-12-06', base);
    const bad = plainEnvelope(badId, '2026-12-06', { ...base, reply: { key: 'short', token: replyTo.token } });
    const text = [sealed, plain, bad].map((e) => JSON.stringify(e)).join('\n');

    const { opened, skipped } = await openText(text);
    expect(skipped).to.deep.equal([]);
    const byId = new Map(opened.map((o) => [o.id, o.request]));
    expect(byId.get(sealedId)).to.deep.equal({ ...base, reply: { key: replyTo.key, token: replyTo.token } });
    expect(byId.get(plainId)?.reply).to.deep.equal(replyTo);
    expect(byId.get(badId)).to.deep.include({ message: 'Tolong balas saya.' });
    expect(byId.get(badId)).not.to.have.property('reply');

    const run = await sebaya(['open', '-', '--key', '{testkey}'], text);
    expect(run.code).to.equal(0);
    const blocks = run.stdout.split('── ').filter(Boolean);
    const printed = (id: string) => blocks.find((b) => b.includes(`id ${id}`)) ?? '';
    expect(printed(sealedId)).to.contain('anonymous reply: possible');
    expect(printed(plainId)).to.contain('anonymous reply: possible');
    expect(printed(badId)).not.to.contain('anonymous reply');
    expect(run.stdout).not.to.contain(replyTo.token); // the token is for the inbox, not the terminal
  });
});
