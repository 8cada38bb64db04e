// Writes dist/builder/index.html: the config builder's page. It loads ../sebaya.js (the elements
// the live preview shows) and ../builder.js; no inline script or style, so it works under a strict
// CSP (script-src 'self'; style-src 'self'), and nothing in it reaches another origin.
// Opened from the unzipped release folder (file://), Chromium refuses module scripts (their origin
// is null); offline.js, a classic script that does nothing over http(s), then loads the one-file
// builds ../sebaya.classic.js and ../builder.classic.js instead (`vite build --mode builder-classic`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page's own files (in dist/builder/), by name; `npm run bench` counts them with builder.js. */
export const PAGE = {
  'index.html': `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'" />
    <title>Penyusun konfigurasi Sebaya · Sebaya config builder</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="builder.css" />
    <script type="module" src="../sebaya.js"></script>
    <script type="module" src="../builder.js"></script>
    <script src="offline.js" defer></script>
  </head>
  <body>
    <main>
      <sebaya-builder lang="id">
        <p>Penyusun konfigurasi memerlukan JavaScript. · The config builder needs JavaScript.</p>
      </sebaya-builder>
    </main>
  </body>
</html>
`,
  'builder.css':
    'html{color-scheme:light dark}body{margin:0;font-family:system-ui,sans-serif}main{max-width:90rem;margin:0 auto;padding:1rem}\n',
  'offline.js': `// Opened from a folder (file://) the browser refuses module scripts: load the one-file builds.
if (location.protocol === 'file:' && !customElements.get('sebaya-builder'))
  for (const src of ['../sebaya.classic.js', '../builder.classic.js']) {
    const script = document.createElement('script');
    script.src = src;
    script.async = false;
    document.head.append(script);
  }
`,
};

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = join(import.meta.dirname, '..', 'dist', 'builder');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(PAGE)) writeFileSync(join(dir, name), text);
  console.log('dist/builder/index.html: the config builder page');
}
