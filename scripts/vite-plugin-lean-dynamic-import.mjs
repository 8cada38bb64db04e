// A Vite plugin for the script-tag bundle: Vite wraps every dynamic import() in a helper that
// preloads the chunk's CSS and imports with <link rel="modulepreload">. Sebaya's chunks have no
// CSS and the build turns module preloading off, so the helper (~0.5 kB gzip, in every entry)
// would only ever call the import. This swaps its body for exactly that; the minifier then drops
// the unused rest. If a Vite upgrade renames the helper, nothing changes (and `npm run bench` shows
// the size come back).
const HELPER = 'var __vitePreload = function preload(';

export function leanDynamicImport() {
  return {
    name: 'sebaya-lean-dynamic-import',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes(HELPER)) return null;
      // Same line: the source map stays right for every other line.
      return {
        code: code.replace(HELPER, 'var __vitePreload = (load) => load(), __viteUnusedPreload = function preload('),
        map: null,
      };
    },
  };
}
