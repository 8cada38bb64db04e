import { expect } from '@open-wc/testing';
import { cell, reportCsv, reportMonths } from '../../src/inbox/model/csv.js';
import { checkRequest, normalizeCode, sortRows, type Row } from '../../src/inbox/model/requests.js';
import { parseKeyFile, KeyFileError } from '../../src/inbox/model/key-file.js';
import { inboxConfig } from '../../src/inbox/model/config.js';
import { translate, topicLabel } from '../../src/inbox/words.js';

const row = (over: Partial<Row> & { urgency?: 'later' | 'soon' | 'now'; topic?: string; message?: string }): Row => {
  const { urgency = 'soon', topic = 'sleep', message = 'm', ...rest } = over;
  return {
    id: rest.id ?? crypto.randomUUID(),
    order: 0,
    day: '2026-12-01',
    handled: false,
    replies: 0,
    sealed: true,
    request: { topic, message, urgency, lang: 'id', contact: { method: 'none' } },
    ...rest,
  };
};

describe('inbox model', () => {
  it('sorts unhandled `now` requests first, then by day and arrival, newest first', () => {
    const rows = [
      row({ id: 'old', day: '2026-11-01', order: 0 }),
      row({ id: 'now-handled', urgency: 'now', handled: true, day: '2026-11-02', order: 1 }),
      row({ id: 'new', day: '2026-12-05', order: 2 }),
      row({ id: 'now', urgency: 'now', day: '2026-10-01', order: 3 }),
      row({ id: 'same-day-later', day: '2026-12-05', order: 4 }),
    ];
    expect(sortRows(rows).map((r) => r.id)).to.deep.equal(['now', 'same-day-later', 'new', 'now-handled', 'old']);
  });

  it('makes CSV cells a spreadsheet will not run: = + - @ tab and CR prefixed, quotes doubled', () => {
    expect(cell('=1+2')).to.equal(`"'=1+2"`);
    expect(cell('+62 812')).to.equal(`"'+62 812"`);
    expect(cell('-5')).to.equal(`"'-5"`);
    expect(cell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(cell('\tx')).to.equal(`"'\tx"`);
    expect(cell('say "hi", ok')).to.equal(`"say ""hi"", ok"`);
    expect(cell(3)).to.equal('"3"');
  });

  it('counts only handled requests, and leaves the messages out unless asked', () => {
    const words = {
      topic: 'Topic',
      urgency: 'Urgency',
      count: 'Count',
      day: 'Day',
      message: 'Message',
      topicLabel: (id: string) => id.toUpperCase(),
      urgencyLabel: (u: string) => u,
    };
    const rows = [
      row({ handled: true, urgency: 'now', message: 'secret one' }),
      row({ handled: true, urgency: 'now', message: 'secret two' }),
      row({ handled: true, topic: 'family', message: 'secret three' }),
      row({ handled: false, message: 'not yet' }),
      { ...row({ handled: true }), request: undefined, unopened: 'key' as const },
    ];
    const plain = reportCsv(rows, words, false);
    expect(plain).to.equal('"Topic","Urgency","Count"\r\n"FAMILY","soon","1"\r\n"SLEEP","now","2"\r\n');
    const november = reportCsv(
      [...rows, row({ handled: true, day: '2026-11-30', topic: 'money' })],
      words,
      false,
      '2026-11',
    );
    expect(november).to.equal('"Topic","Urgency","Count"\r\n"MONEY","soon","1"\r\n');
    expect(reportMonths([...rows, row({ handled: true, day: '2026-11-30' })])).to.deep.equal(['2026-12', '2026-11']);
    const full = reportCsv(rows, words, true);
    expect(full).to.include('"2026-12-01","SLEEP","now","secret one"');
    expect(full).to.not.include('not yet');
  });

  it('rebuilds an opened request from its known fields and refuses anything else', () => {
    const good = {
      topic: 't',
      message: 'm',
      urgency: 'now',
      lang: 'id',
      contact: { method: 'phone', value: '0812' },
      extra: { deep: 1 },
    };
    expect(checkRequest(good)).to.deep.equal({
      topic: 't',
      message: 'm',
      urgency: 'now',
      lang: 'id',
      contact: { method: 'phone', value: '0812' },
    });
    expect(checkRequest({ ...good, urgency: 'yesterday' })).to.equal(undefined);
    expect(checkRequest({ ...good, contact: { method: 'pigeon' } })).to.equal(undefined);
    expect(checkRequest({ ...good, message: 5 })).to.equal(undefined);
    expect(checkRequest('<img src=x onerror=alert(1)>')).to.equal(undefined);
    expect(checkRequest({ ...good, reply: { key: 'nope', token: 'x' } })).to.not.have.property('reply');
  });

  it('reads reference codes and key files as the command line does', () => {
    expect(normalizeCode('ab12-cd34')).to.equal('AB12CD34');
    expect(normalizeCode('AB12CD3')).to.equal(undefined);
    expect(() => parseKeyFile('{')).to.throw(KeyFileError);
    expect(() => parseKeyFile('{"kty":"EC","crv":"P-256","x":"a","y":"b"}')).to.throw(KeyFileError);
  });

  it("words: the site owner's messages win, plurals follow the language, topics fall back to their id", () => {
    const config = inboxConfig({
      messages: { en: { 'list.empty': 'Nothing for the team today.' } },
      supportForm: {
        endpoint: 'https://tim.example/api',
        topics: [{ id: 'sleep', label: { id: 'Sulit tidur', en: 'Sleep' } }],
      },
    });
    expect(translate('en', config, 'list.empty', {})).to.equal('Nothing for the team today.');
    expect(translate('id', config, 'list.empty', {})).to.equal(
      'Belum ada permintaan. Permintaan baru akan muncul di sini.',
    );
    expect(translate('en', config, 'list.new', { count: 1 })).to.equal('1 new request');
    expect(translate('en', config, 'list.new', { count: 3 })).to.equal('3 new requests');
    expect(translate('id', config, 'forget.done', { count: 0 })).to.equal('Tidak ada permintaan dengan kode itu.');
    expect(topicLabel('en', config, 'sleep')).to.equal('Sleep');
    expect(topicLabel('id', config, 'sleep')).to.equal('Sulit tidur');
    expect(topicLabel('en', config, 'unknown-topic')).to.equal('unknown-topic');
  });

  it('config: names the path of what is wrong', () => {
    const problem = (raw: unknown): string => {
      try {
        inboxConfig(raw);
        return '';
      } catch (err) {
        return (err as { path: string }).path;
      }
    };
    expect(problem({})).to.equal('supportForm');
    expect(problem({ supportForm: { endpoint: 'ftp://x' } })).to.equal('supportForm.endpoint');
    expect(problem({ supportForm: { endpoint: '/api', publicKey: { kty: 'RSA' } } })).to.equal('supportForm.publicKey');
    expect(problem({ supportForm: { endpoint: '/api' } })).to.equal('');
  });
});
