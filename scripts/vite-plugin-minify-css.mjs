// A Vite plugin that minifies the CSS inside Lit's css`…` templates in src/ (comments and
// whitespace), which bundlers leave untouched inside template literals. Only templates whose
// interpolations are plain names (`${dark}`) are touched; spaces *before* a ':' are kept
// (`a :focus` ≠ `a:focus`). A css`…` quoted in a comment (after a backtick) is not a template:
// matching there would leave the real template that follows it unminified.
export function minifyLitCss() {
  return {
    name: 'sebaya-minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/(?<![\w$.`])css`((?:[^`$\\]|\$\{\w+\})*)`/g, (_m, body) => `css\`${minifyCss(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
