import { expect } from '@open-wc/testing';
import {
  deriveReplyKeys,
  isReplyTo,
  newReplySecret,
  normalizeCode,
  normalizeSecret,
  openReply,
  sealReply,
} from '../../src/support-form/model/reply.js';

const WORDS = Array.from({ length: 256 }, (_, i) => `w${i}`);

describe('reply model (docs/receiver-contract.md, "Replies")', () => {
  it('normalizes codes and secrets the way both browsers must', () => {
    expect(normalizeCode('ab12-cd34')).to.equal('AB12CD34');
    expect(normalizeCode(' AB12 CD34 ')).to.equal('AB12CD34');
    expect(normalizeCode('AB12-CD3')).to.equal(undefined);
    expect(normalizeCode('GB12CD34')).to.equal(undefined);
    expect(normalizeSecret('  Mangga  Sungai-BIRU, lima\tpadi ')).to.equal('mangga-sungai-biru-lima-padi');
  });

  it('draws five words from a 256-word list', () => {
    const secret = newReplySecret(WORDS);
    expect(secret).to.have.length(5);
    for (const w of secret) expect(WORDS).to.include(w);
    expect(() => newReplySecret(WORDS.slice(1))).to.throw();
  });

  it('derives the same key and token from the same words and code, and others from other ones', async () => {
    const a = await deriveReplyKeys('mangga sungai biru lima padi', 'ab12-cd34');
    const b = await deriveReplyKeys('Mangga-Sungai-Biru-Lima-Padi', 'AB12CD34');
    const c = await deriveReplyKeys('mangga sungai biru lima pagi', 'AB12CD34');
    const d = await deriveReplyKeys('mangga sungai biru lima padi', 'AB12CD35');
    expect(isReplyTo(a.replyTo)).to.equal(true);
    expect(b.replyTo).to.deep.equal(a.replyTo);
    expect(c.replyTo.key).not.to.equal(a.replyTo.key);
    expect(c.replyTo.token).not.to.equal(a.replyTo.token);
    expect(d.replyTo.key).not.to.equal(a.replyTo.key);
    await expectError(deriveReplyKeys('x', 'nope'));
  });

  it('seals an answer the derived key opens, and nothing else does', async () => {
    const visitor = await deriveReplyKeys('mangga sungai biru lima padi', 'AB12CD34');
    const other = await deriveReplyKeys('mangga sungai biru lima pagi', 'AB12CD34');
    const id = crypto.randomUUID();
    const sealed = await sealReply(
      visitor.replyTo,
      { text: 'Halo, kami bisa bertemu Senin.', lang: 'id' },
      {
        id,
        sentAt: '2026-12-06',
      },
    );
    expect(sealed.token).to.equal(visitor.replyTo.token);
    expect(JSON.stringify(sealed)).not.to.contain('Senin');
    expect(await openReply(visitor.keyPair, sealed)).to.deep.equal({
      text: 'Halo, kami bisa bertemu Senin.',
      lang: 'id',
    });
    await expectError(openReply(other.keyPair, sealed));
    await expectError(openReply(visitor.keyPair, { ...sealed, id: crypto.randomUUID() }));
  });

  it('refuses reply fields of the wrong shape', () => {
    expect(isReplyTo({ key: 'x', token: 'y' })).to.equal(false);
    expect(isReplyTo(null)).to.equal(false);
    expect(isReplyTo({ key: 'A'.repeat(87), token: 'A'.repeat(22) })).to.equal(false);
  });
});

async function expectError(p: Promise<unknown>): Promise<void> {
  let failed = false;
  try {
    await p;
  } catch {
    failed = true;
  }
  expect(failed).to.equal(true);
}
