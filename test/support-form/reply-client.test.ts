/**
 * The reply client (src/support-form/model/reply-client.ts) against real test-server answers: the
 * replies URL keeps the endpoint's query string; a broken or hostile receiver gives "unreachable"
 * or "none", never an error and never a reply that does not open with the visitor's keys.
 */
import { expect } from '@open-wc/testing';
import { askForReplies, checkProblem, mendSecret, repliesUrl } from '../../src/support-form/model/reply-client.js';
import { replyWordsEn } from '../../src/support-form/reply-words-en.js';
import { replyWordsId } from '../../src/support-form/reply-words-id.js';

const WORDS = ['apple', 'moon', 'river', 'cat', 'tea'];

describe('reply client', function () {
  this.timeout(20_000);

  it('asks E/replies, with the endpoint’s query string after the path', () => {
    expect(repliesUrl('https://desa.example/sebaya/receiver.php')).to.equal(
      'https://desa.example/sebaya/receiver.php/replies',
    );
    expect(repliesUrl('https://tim.example/api/support/?site=ngunut')).to.equal(
      'https://tim.example/api/support/replies?site=ngunut',
    );
    expect(repliesUrl('/__test__/reply-receiver')).to.equal(`${location.origin}/__test__/reply-receiver/replies`);
  });

  it('checks the code and the number of words before any key is derived', () => {
    expect(checkProblem('AB12-CD34', WORDS)).to.equal(undefined);
    expect(checkProblem('ab12cd34', WORDS)).to.equal(undefined);
    expect(checkProblem('AB12-CD3', WORDS)).to.equal('code');
    expect(checkProblem('GH12-CD34', WORDS)).to.equal('code');
    expect(checkProblem('AB12-CD34', WORDS.slice(0, 4))).to.equal('words');
  });

  it('mends words against both lists, the form’s language first, and leaves unknown words alone', () => {
    expect(mendSecret('Kelinc, APELX pizzaz moon zzzz', [replyWordsId, replyWordsEn])).to.deep.equal([
      'kelinci',
      'apel',
      'pizza',
      'moon',
      'zzzz',
    ]);
  });

  it('a receiver that answers 500, or a web page instead of JSON, is "unreachable"', async () => {
    for (const endpoint of ['/__test__/support-form-broken?status=500', '/__test__/reply-hostile?mode=html'])
      expect(await askForReplies(endpoint, 'AB12-CD34', WORDS), endpoint).to.deep.equal({ kind: 'unreachable' });
  });

  it('replies that do not open with the visitor’s keys (another key, tampered, malformed) are left out: "none"', async () => {
    expect(await askForReplies('/__test__/reply-hostile', 'AB12-CD34', WORDS)).to.deep.equal({ kind: 'none' });
  });
});
