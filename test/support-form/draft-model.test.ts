/**
 * The draft as a pure model (src/support-form/model/draft.ts) and the send phases
 * (model/phase.ts): plain inputs and outputs, no element. (The element's draft in sessionStorage,
 * sealed and across pages, is in draft.test.ts.)
 */
import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAX_LENGTH,
  DraftStore,
  FIELDS,
  draftFrom,
  draftKey,
  emptyDraft,
  offeredMethods,
  requestFrom,
  stillWrong,
  validate,
  type Draft,
  type DraftLock,
} from '../../src/support-form/model/draft.js';
import {
  FAILING_AFTER,
  SEND_PHASES,
  inTrouble,
  isFailing,
  isWaiting,
  refusalKey,
} from '../../src/support-form/model/phase.js';
import type { OutboxRecord } from '../../src/support-form/model/outbox.js';
import { referenceCode } from '../../src/support-form/model/request.js';

const ID = '0f8e2c1a-9b7d-4e3f-8a6b-5c4d3e2f1a0b';
const draft = (patch: Partial<Draft> = {}): Draft => ({
  ...emptyDraft(['none']),
  message: 'Saya butuh teman bicara.',
  urgency: 'soon',
  ...patch,
});

describe('support form draft model', () => {
  describe('emptyDraft and offeredMethods', () => {
    it('is empty, offers the first reply option, and is a new object each time', () => {
      expect(emptyDraft()).to.deep.equal({
        topic: '',
        message: '',
        urgency: '',
        contactMethod: 'none',
        contactValue: '',
      });
      expect(emptyDraft(['email', 'none']).contactMethod).to.equal('email');
      expect(emptyDraft()).not.to.equal(emptyDraft());
    });

    it('offers the configured reply options in form order, else none and code', () => {
      expect(offeredMethods()).to.deep.equal(['none', 'code']);
      expect(offeredMethods(['email', 'none', 'whatsapp'])).to.deep.equal(['none', 'whatsapp', 'email']);
    });
  });

  describe('draftFrom (a stored draft read back)', () => {
    const methods = ['none', 'email'] as const;

    it('keeps what is valid', () => {
      const saved = {
        topic: 'family',
        message: 'Halo',
        urgency: 'now',
        contactMethod: 'email',
        contactValue: 'a@b.id',
      };
      expect(draftFrom(saved, methods)).to.deep.equal(saved);
    });

    it('gives the empty draft for anything that is not an object', () => {
      for (const saved of [null, undefined, 42, 'text', true])
        expect(draftFrom(saved, methods)).to.deep.equal(emptyDraft(methods));
    });

    it('empties fields that are not strings, and drops an unknown urgency and a reply option not offered', () => {
      const saved = {
        topic: 7,
        message: ['x'],
        urgency: 'yesterday',
        contactMethod: 'phone',
        contactValue: { v: 1 },
        extra: 'kept out',
      };
      expect(draftFrom(saved, methods)).to.deep.equal(emptyDraft(methods));
      expect(draftFrom({ contactMethod: 'whatsapp' }, ['code', 'whatsapp']).contactMethod).to.equal('whatsapp');
      expect(draftFrom({ contactMethod: 'email' }, ['code', 'whatsapp']).contactMethod).to.equal('code');
    });
  });

  describe('validate (message keys, in form order)', () => {
    it('an empty draft without consent: message, urgency and consent (topic only when topics are offered)', () => {
      expect(validate(emptyDraft(), false)).to.deep.equal({
        message: 'supportForm.error.message',
        urgency: 'supportForm.error.urgency',
        consent: 'supportForm.error.consent',
      });
      const errors = validate(emptyDraft(), false, { topics: [{ id: 'family' }] });
      expect(Object.keys(errors)).to.deep.equal(['topic', 'message', 'urgency', 'consent']);
      expect(errors.topic).to.equal('supportForm.error.topic');
    });

    it('a complete draft with consent has no errors', () => {
      expect(validate(draft(), true)).to.deep.equal({});
      expect(validate(draft({ topic: 'family' }), true, { topics: [{ id: 'family' }] })).to.deep.equal({});
    });

    it('a topic that is not offered, a blank message and a message over the limit are errors', () => {
      expect(validate(draft({ topic: 'other' }), true, { topics: [{ id: 'family' }] })).to.deep.equal({
        topic: 'supportForm.error.topic',
      });
      expect(validate(draft({ message: ' \n\t ' }), true)).to.deep.equal({ message: 'supportForm.error.message' });
      expect(validate(draft({ message: 'x'.repeat(DEFAULT_MAX_LENGTH) }), true)).to.deep.equal({});
      expect(validate(draft({ message: 'x'.repeat(DEFAULT_MAX_LENGTH + 1) }), true)).to.deep.equal({
        message: 'supportForm.error.tooLong',
      });
      expect(validate(draft({ message: 'x'.repeat(51) }), true, { maxLength: 50 })).to.deep.equal({
        message: 'supportForm.error.tooLong',
      });
    });

    it('checks where to reply only for the identifying options', () => {
      expect(validate(draft({ contactMethod: 'code' }), true)).to.deep.equal({});
      expect(validate(draft({ contactMethod: 'email', contactValue: '  ' }), true)).to.deep.equal({
        contact: 'supportForm.error.contact',
      });
      expect(validate(draft({ contactMethod: 'email', contactValue: 'not an address' }), true)).to.deep.equal({
        contact: 'supportForm.error.email',
      });
      expect(validate(draft({ contactMethod: 'email', contactValue: ' warga@example.org ' }), true)).to.deep.equal({});
      expect(validate(draft({ contactMethod: 'whatsapp', contactValue: '12' }), true)).to.deep.equal({
        contact: 'supportForm.error.phone',
      });
      expect(validate(draft({ contactMethod: 'phone', contactValue: '0812-3456-7890' }), true)).to.deep.equal({});
    });

    it('every key it returns names a field', () => {
      const errors = validate(emptyDraft(['email']), false, { topics: [{ id: 't' }] });
      expect(Object.keys(errors)).to.deep.equal([...FIELDS]);
    });
  });

  it('stillWrong keeps only the shown errors that are still wrong, with their current message', () => {
    const shown = {
      topic: 'supportForm.error.topic',
      message: 'supportForm.error.message',
      urgency: 'supportForm.error.urgency',
    } as const;
    const now = {
      message: 'supportForm.error.tooLong',
      urgency: 'supportForm.error.urgency',
      consent: 'supportForm.error.consent',
    } as const;
    expect(stillWrong(shown, now)).to.deep.equal({
      message: 'supportForm.error.tooLong',
      urgency: 'supportForm.error.urgency',
    });
    expect(stillWrong({}, now)).to.deep.equal({});
  });

  describe('requestFrom (the request on the wire)', () => {
    it('a reply by code carries the reference code of the request', () => {
      expect(requestFrom(draft({ contactMethod: 'code', contactValue: 'ignored' }), ID, 'id')).to.deep.equal({
        topic: 'general',
        message: 'Saya butuh teman bicara.',
        urgency: 'soon',
        lang: 'id',
        contact: { method: 'code', value: referenceCode(ID) },
      });
    });

    it('an identifying reply carries the trimmed value; none carries none', () => {
      expect(
        requestFrom(draft({ topic: 'family', contactMethod: 'email', contactValue: ' a@b.id ' }), ID, 'en'),
      ).to.deep.equal({
        topic: 'family',
        message: 'Saya butuh teman bicara.',
        urgency: 'soon',
        lang: 'en',
        contact: { method: 'email', value: 'a@b.id' },
      });
      expect(requestFrom(draft({ contactValue: 'typed before switching back' }), ID, 'id').contact).to.deep.equal({
        method: 'none',
      });
    });
  });

  describe('DraftStore (the copy kept for a reload)', () => {
    const key = draftKey('https://example.org/receive');
    beforeEach(() => sessionStorage.clear());
    afterEach(() => sessionStorage.clear());

    /** A lock whose writes finish when the test says so. */
    function slowLock(): DraftLock & { finish(): Promise<void> } {
      const waiting: (() => void)[] = [];
      return {
        lockDraft: (text) => new Promise((resolve) => waiting.push(() => resolve(`sealed:${text.length}`))),
        unlockDraft: async (locked) =>
          locked.startsWith('sealed:') ? JSON.stringify(draft()) : Promise.reject(new Error('another key')),
        async finish() {
          for (const done of waiting.splice(0)) done();
          await new Promise((r) => setTimeout(r));
        },
      };
    }

    it('names the draft after the receiver', () => {
      expect(key).to.equal('sebaya:support-form:https://example.org/receive');
    });

    it('without a key: kept as JSON, read back, cleared', async () => {
      const store = new DraftStore();
      expect(await store.read(key)).to.equal(null);
      store.save(draft(), false);
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal(draft());
      expect(await new DraftStore().read(key)).to.deep.equal(draft());
      store.clear();
      expect(sessionStorage.getItem(key)).to.equal(null);
    });

    it('with a key: only locked, never in clear; without a lock, not at all', async () => {
      const store = new DraftStore();
      await store.read(key);
      sessionStorage.setItem(key, JSON.stringify(draft()));
      store.save(draft(), true);
      expect(sessionStorage.getItem(key)).to.equal(null);
      const lock = slowLock();
      store.save(draft(), true, lock);
      await lock.finish();
      const stored = sessionStorage.getItem(key)!;
      expect(stored).not.to.contain('teman');
      expect(JSON.parse(stored)).to.have.keys('locked');
      expect(await store.read(key, lock)).to.deep.equal(draft());
    });

    it('what cannot be read or opened is removed', async () => {
      const store = new DraftStore();
      sessionStorage.setItem(key, '{not json');
      expect(await store.read(key)).to.equal(null);
      expect(sessionStorage.getItem(key)).to.equal(null);
      sessionStorage.setItem(key, JSON.stringify({ locked: 'from another page' }));
      expect(await store.read(key, slowLock())).to.equal(null);
      expect(sessionStorage.getItem(key)).to.equal(null);
      sessionStorage.setItem(key, JSON.stringify({ locked: 'sealed:1' }));
      expect(await store.read(key)).to.equal(null);
      expect(sessionStorage.getItem(key)).to.equal(null);
    });

    it('a locked write that ends after a clear or a newer write is dropped', async () => {
      const store = new DraftStore();
      await store.read(key);
      const lock = slowLock();
      store.save(draft(), true, lock);
      store.clear();
      await lock.finish();
      expect(sessionStorage.getItem(key)).to.equal(null);

      store.save(draft({ message: 'older' }), true, lock);
      store.save(draft({ message: 'newer' }), false);
      await lock.finish();
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.include({ message: 'newer' });
    });
  });
});

describe('support form send phases', () => {
  const record = (patch: Partial<OutboxRecord> = {}): OutboxRecord => ({
    id: ID,
    endpoint: 'https://example.org',
    body: '{}',
    sealed: true,
    createdAt: 0,
    attempts: 1,
    nextAttemptAt: 0,
    leaseUntil: 0,
    leaseOwner: '',
    ...patch,
  });

  it('waiting: queued and failing only; trouble: failing, rejected, unsaved, unsealable', () => {
    expect(SEND_PHASES.filter(isWaiting)).to.deep.equal(['queued', 'failing']);
    expect(SEND_PHASES.filter(inTrouble)).to.deep.equal(['failing', 'rejected', 'unsaved', 'unsealable']);
  });

  it('a saved request is failing once refused, or after FAILING_AFTER error answers', () => {
    expect(isFailing(record())).to.equal(false);
    expect(isFailing(record({ serverErrors: FAILING_AFTER - 1 }))).to.equal(false);
    expect(isFailing(record({ serverErrors: FAILING_AFTER }))).to.equal(true);
    expect(isFailing(record({ rejected: { status: 400, reason: 'bad' } }))).to.equal(true);
  });

  it('a refusal with no receiver behind it is said as "not accepting"', () => {
    for (const status of [404, 405, 501]) expect(refusalKey(status)).to.equal('supportForm.status.notAccepting');
    for (const status of [400, 403, 413, 0]) expect(refusalKey(status)).to.equal('supportForm.status.rejected');
  });
});
