import { expect } from '@open-wc/testing';
import {
  fromFragment,
  getAt,
  insertItem,
  itemName,
  loadDraft,
  moveItem,
  parsePath,
  removeItem,
  saveDraft,
  setAt,
  toFragment,
  DRAFT_KEY,
} from '../../src/builder/model.js';
import { problemsOf, statusOf, TASKS } from '../../src/builder/tasks.js';

const task = (id: string) => TASKS.find((t) => t.id === id)!;

describe('builder model', () => {
  it('reads value paths the way the validator writes them', () => {
    expect(parsePath('crisis.lines[10].phone')).to.deep.equal(['crisis', 'lines', 10, 'phone']);
    expect(parsePath('messages["jv"]["crisis.title"]')).to.deep.equal(['messages', 'jv', 'crisis.title']);
  });

  it('sets values without touching the original, and drops what is emptied', () => {
    const before = { organization: { name: 'TPKJM' } };
    const after = setAt(before, ['crisis', 'lines', 0, 'phone'], '119');
    expect(after).to.deep.equal({ organization: { name: 'TPKJM' }, crisis: { lines: [{ phone: '119' }] } });
    expect(before).to.deep.equal({ organization: { name: 'TPKJM' } });
    expect(setAt(before, ['organization', 'name'], '')).to.deep.equal({});
  });

  it('adds, moves and removes list items, returning what was removed', () => {
    let c: unknown = { crisis: { lines: [{ name: 'A' }, { name: 'B' }] } };
    c = insertItem(c, ['crisis', 'lines'], { name: 'C' });
    c = moveItem(c, ['crisis', 'lines'], 2, 0);
    expect((getAt(c, ['crisis', 'lines']) as unknown[]).map((i) => itemName(i, 'id'))).to.deep.equal(['C', 'A', 'B']);
    expect(moveItem(c, ['crisis', 'lines'], 0, -1)).to.equal(c);
    const { root, item } = removeItem(c, ['crisis', 'lines'], 1);
    expect(item).to.deep.equal({ name: 'A' });
    expect(insertItem(root, ['crisis', 'lines'], item, 1)).to.deep.equal(c);
  });

  it('names an item by its text in the language shown', () => {
    expect(itemName({ id: 'x', title: { id: 'Kelompok', en: 'Group' } }, 'en')).to.equal('Group');
    expect(itemName({ id: 'x' }, 'en')).to.equal('x');
  });

  it('carries a config, with non-Latin text, in a URL fragment and back', () => {
    const config = { organization: { name: 'Tim ꦱꦼꦧꦪ — ☎' } };
    const hash = toFragment(config);
    expect(hash).to.match(/^#config=[A-Za-z0-9_-]+$/);
    expect(fromFragment(hash)).to.deep.equal(config);
    expect(fromFragment('#config=%%%')).to.equal(undefined);
    expect(fromFragment('#config=WzFd')).to.equal(undefined); // [1]: not a config object
  });

  it('keeps a draft in localStorage and ignores a broken one', () => {
    saveDraft({ config: { locale: 'id' }, done: ['crisis'] });
    expect(loadDraft()).to.deep.equal({ config: { locale: 'id' }, done: ['crisis'] });
    localStorage.setItem(DRAFT_KEY, '{not json');
    expect(loadDraft()).to.equal(undefined);
    localStorage.removeItem(DRAFT_KEY);
  });
});

describe('builder validation and task status', () => {
  it('words problems by path as the elements do, in the UI language', () => {
    const config = { crisis: { lines: [{ name: 'Sejiwa', phone: 'call me' }] }, calendar: {} };
    const en = problemsOf(config, 'en');
    expect(en.map((p) => p.path)).to.include.members(['crisis.lines[0].phone', 'calendar.sources']);
    const phone = en.find((p) => p.path === 'crisis.lines[0].phone')!;
    expect(phone.message.startsWith('crisis.lines[0].phone: ')).to.equal(true);
    const id = problemsOf(config, 'id').find((p) => p.path === 'crisis.lines[0].phone')!;
    expect(id.message).not.to.equal(phone.message);
  });

  it('gives each task its status', () => {
    const config = { crisis: { lines: [{ name: 'Sejiwa', phone: 'x' }] }, organization: { name: 'TPKJM' } };
    const problems = problemsOf(config, 'en');
    expect(statusOf(task('crisis'), config, problems, [])).to.equal('problems');
    expect(statusOf(task('organisation'), config, problems, [])).to.equal('inProgress');
    expect(statusOf(task('organisation'), config, problems, ['organisation'])).to.equal('done');
    expect(statusOf(task('quiz'), config, problems, [])).to.equal('notStarted');
  });
});
