/** The reply-secret word lists (docs/receiver-contract.md, "Replies"): what makes them fit for paper. */
import { expect } from '@open-wc/testing';
import { mendSecret } from '../../src/support-form/model/reply-client.js';
import { newReplySecret } from '../../src/support-form/model/reply.js';
import { replyWordsEn } from '../../src/support-form/reply-words-en.js';
import { replyWordsId } from '../../src/support-form/reply-words-id.js';

/** Words no list may hold: the readers may be in distress. */
const UPSETTING =
  /^(death|dead|die|kill|suicide|blood|knife|gun|rope|grave|pill|sick|ill|mati|darah|pisau|racun|tali|sakit|obat|bunuh|kubur|hantu)$/;

for (const [name, list] of [
  ['Bahasa Indonesia', replyWordsId],
  ['English', replyWordsEn],
] as const) {
  describe(`reply words in ${name}`, () => {
    it('has 256 distinct words of lower-case ASCII letters, 3 to 8 long', () => {
      expect(list.length).to.equal(256);
      expect(new Set(list).size).to.equal(256);
      for (const w of list) expect(w, w).to.match(/^[a-z]{3,8}$/);
    });

    it('has no two words alike in their first four letters', () => {
      const seen = new Map<string, string>();
      for (const w of list) {
        const prefix = w.slice(0, 4);
        expect(seen.get(prefix), `${w} and ${seen.get(prefix)}`).to.equal(undefined);
        seen.set(prefix, w);
      }
    });

    it('holds nothing about death, illness or violence', () => {
      expect(list.filter((w) => UPSETTING.test(w))).to.deep.equal([]);
    });

    it('makes secrets of five words from the list, and mends a word written with its ending wrong', () => {
      const secret = newReplySecret(list);
      expect(secret).to.have.length(5);
      for (const w of secret) expect(list).to.include(w);
      const typed = secret
        .map((w, i) => (i === 0 && w.length >= 5 ? `${w.slice(0, 4).toUpperCase()}xx` : w))
        .join('  ');
      expect(mendSecret(typed, [list])).to.deep.equal(secret);
    });
  });
}
