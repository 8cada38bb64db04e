import { expect } from '@open-wc/testing';
import { locateJsonError } from '../../src/core/config/json-error.js';
import { LoadError, lineColumn, parseJson } from '../../src/core/net/fetch-text.js';

describe('locateJsonError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const ok of ['{}', '[]', '{"a":[1,2.5e3,-0,true,false,null,"x\\u00e9\\n"]}', ' "s" ', '0'])
      expect(locateJsonError(ok), ok).to.equal(undefined);
  });

  it('points at the first wrong character', () => {
    const cases: [string, number, string][] = [
      ['{"a" 1}', 5, '1'],
      ["{'a': 1}", 1, "'"],
      ['[1, 2', 5, ''],
      ['{"a": tru}', 6, 't'],
      ['{"a": "x"} extra', 11, 'e'],
      ['{"a": "\\x"}', 8, 'x'],
      ['/ {}', 0, '/'],
    ];
    for (const [text, offset, found] of cases) expect(locateJsonError(text), text).to.deep.equal({ offset, found });
  });

  it('names a comment, and a trailing comma at the comma itself', () => {
    const cases: [string, number, string, string][] = [
      ['// comment\n{}', 0, '/', 'comment'],
      ['{\n  "locale": "id", // bahasa\n  "a": 1\n}', 20, '/', 'comment'],
      ['{ /* x */ }', 2, '/', 'comment'],
      ['{"a": 1,}', 7, ',', 'comma'],
      ['{\n  "lines": [1, 2],\n}', 19, ',', 'comma'],
      ['[1, 2 ,\n\t]', 6, ',', 'comma'],
    ];
    for (const [text, offset, found, kind] of cases)
      expect(locateJsonError(text), text).to.deep.equal({ offset, found, kind });
    try {
      parseJson('{\n  "crisis": {\n    "quickExitUrl": "https://www.bmkg.go.id/",\n  }\n}', 'sebaya.json');
      expect.fail('should throw');
    } catch (err) {
      expect((err as LoadError).params).to.include({ line: 3, column: 46, found: '","', kind: 'comma' });
    }
  });

  it('gives line and column through parseJson', () => {
    const text = '{\n  "locale": "id",\n  "crisis": { "lines": [ }\n}';
    try {
      parseJson(text, 'sebaya.json');
      expect.fail('should throw');
    } catch (err) {
      expect(err).to.be.instanceOf(LoadError);
      expect((err as LoadError).params).to.include({ line: 3, column: 26, found: '"}"' });
    }
    expect(lineColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
  });

  it('recognises a web page served instead of JSON', () => {
    expect(() => parseJson('<!doctype html><p>404</p>', 'x.json'))
      .to.throw(LoadError)
      .with.property('code', 'not-json');
  });
});
