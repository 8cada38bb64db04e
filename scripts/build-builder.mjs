// Writes dist/builder/index.html: the config builder's page. It loads ../sebaya.js (the elements
// the live preview shows) and ../builder.js; no inline script or style, so it works under a strict
// CSP (script-src 'self'; style-src 'self'), and nothing in it reaches another origin.
import { mkdirSync, writeFileSync } from 'node:fs';

mkdirSync('dist/builder', { recursive: true });
writeFileSync(
  'dist/builder/index.html',
  `<!doctype html>
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
);
writeFileSync(
  'dist/builder/builder.css',
  'html{color-scheme:light dark}body{margin:0;font-family:system-ui,sans-serif}main{max-width:90rem;margin:0 auto;padding:1rem}\n',
);
console.log('dist/builder/index.html: the config builder page');
