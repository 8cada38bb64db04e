/**
 * Finds where a JSON text first goes wrong. `JSON.parse` messages differ between engines and
 * often give no position at all; a site owner needs "line 3, column 26".
 * Returns the offset and the character found there (`''` at the end), or undefined if valid.
 * Two mistakes a site owner makes copying the docs' snippets get their own `kind`: a comment
 * (`//` or a block comment, which JSON does not allow), and a comma after the last item, placed at
 * the comma itself (not at the `}` on the next line).
 */
export function locateJsonError(
  text: string,
): { offset: number; found: string; kind?: 'comment' | 'comma' } | undefined {
  let i = 0;
  const n = text.length;
  const STOP = new Error('stop');
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const fail = (): never => {
    throw STOP;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail();
    i += 1;
  };
  const string = () => {
    expect('"');
    while (i < n) {
      const ch = text[i] as string;
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch === '\\') {
        const esc = text[i + 1] ?? '';
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 1;
            fail();
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(esc) && esc) i += 2;
        else {
          i += 1;
          fail();
        }
        continue;
      }
      if (ch < ' ') fail();
      i += 1;
    }
    fail();
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (depth: number): void => {
    if (depth > 10_000) fail();
    ws();
    const c = text[i];
    // An object or an array: members separated by commas up to the closing bracket.
    const container = (close: string, member: () => void): void => {
      i += 1;
      ws();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        member();
        ws();
        if (text[i] === ',') i += 1;
        else return expect(close);
      }
    };
    if (c === '{')
      return container('}', () => {
        ws();
        string();
        ws();
        expect(':');
        value(depth + 1);
      });
    if (c === '[') return container(']', () => value(depth + 1));
    if (c === '"') return string();
    literal.lastIndex = i;
    const m = literal.exec(text);
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  try {
    value(0);
    ws();
    if (i < n) fail();
    return undefined;
  } catch (e) {
    if (e !== STOP) throw e;
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      return { offset: i, found: '/', kind: 'comment' };
    if (text[i] === '}' || text[i] === ']') {
      let j = i - 1;
      while (j > 0 && ' \t\n\r'.includes(text[j] as string)) j -= 1;
      if (text[j] === ',') return { offset: j, found: ',', kind: 'comma' };
    }
    return { offset: i, found: text[i] ?? '' };
  }
}
