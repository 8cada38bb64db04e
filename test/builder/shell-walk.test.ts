import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { fieldDoc, FORM_HINTS, hintOf } from '../../src/builder/docs.js';
import { docsPath, nodes, walk, type FieldNode } from '../../src/builder/walk.js';
import { SiteConfig } from '../../src/site-schema.js';

const tree = walk(SiteConfig);
const all = [...nodes(tree)];
const fieldAt = (path: string): FieldNode | undefined =>
  all.find((n): n is FieldNode => n.type === 'field' && n.path === path);

describe('builder schema walker', () => {
  it('gives every field of the site config an editor kind and a label and hint in id and en', () => {
    const problems: string[] = [];
    for (const node of all) {
      if (node.path === '') continue;
      const d = fieldDoc(node.path);
      if (!d?.title.id || !d.title.en || !d.description.id || !d.description.en)
        problems.push(`${node.path}: no label/hint`);
      if (node.type === 'field' && !node.kind) problems.push(`${node.path}: no editor kind`);
    }
    expect(problems).to.deep.equal([]);
    // The walk reaches deep into every section, not only the top.
    expect(all.length).to.be.greaterThan(120);
  });

  it('leaves JSON notation for text in several languages out of the hints (the text editor has tabs)', () => {
    for (const node of all.filter((n) => n.type === 'field' && n.kind === 'text'))
      for (const lang of ['id', 'en'] as const) expect(hintOf(node.path, lang), node.path).not.to.contain('"en": …');
    expect(hintOf('crisis.lines[].name', 'id')).to.equal('Nama layanan.');
    expect(hintOf('crisis.lines[].name', 'en')).to.equal('The service name.');
    expect(fieldDoc('crisis.lines[].name')?.description.en).to.contain('{ "id": …, "en": … }');
  });

  it('words every hint for the form, not for JSON (braces and key lists only in the JSON-edited maps)', () => {
    const paths = new Set(all.map((n) => n.path));
    for (const path of Object.keys(FORM_HINTS)) expect(paths.has(path), path).to.equal(true);
    for (const node of all.filter((n) => n.type !== 'map' && n.path !== '' && !n.path.startsWith('messages')))
      for (const lang of ['id', 'en'] as const)
        expect(hintOf(node.path, lang), node.path).not.to.match(
          /[{`]|\b(true|false|ISO 8601|RRULE|IANA|CSS)\b|--sebaya/,
        );
  });

  it('fails loudly on a schema it has no editor for', () => {
    expect(() => walk(v.object({ when: v.date() }))).to.throw(/no editor for a date at when/);
  });

  it('picks the contract editor for the hard types', () => {
    expect(fieldAt('crisis.lines[].phone')?.kind).to.equal('phone');
    expect(fieldAt('crisis.lines[].name')?.kind).to.equal('text');
    expect(fieldAt('crisis.quickExitUrl')?.kind).to.equal('url');
    expect(fieldAt('supportForm.publicKey')?.kind).to.equal('public-key');
    expect(fieldAt('directory.sources[].resources[].hours')?.kind).to.equal('hours');
    expect(fieldAt('calendar.categories[].color')?.kind).to.equal('colour');
    expect(fieldAt('quiz.shuffle')?.kind).to.equal('boolean');
    expect(fieldAt('quiz.count')?.kind).to.equal('number');
    const mode = fieldAt('quiz.mode');
    expect(mode?.kind).to.equal('choice');
    expect(mode?.options).to.deep.equal(['learn', 'score']);
    expect(fieldAt('organization.name')?.required).to.equal(true);
    expect(fieldAt('organization.email')?.required).to.equal(false);
  });

  it('turns a value path into its docs path', () => {
    expect(docsPath('crisis.lines[3].phone')).to.equal('crisis.lines[].phone');
    expect(docsPath('messages["jv"]["crisis.title"]')).to.equal('messages{}{}');
  });
});
