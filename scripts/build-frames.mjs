// Writes dist/frame/<element>.html: one page per element, loading ../sebaya.js (the coordinator's
// inbox: ../inbox.js, its own entry) and ../frame.js
// (no inline script or style, so the pages work under a strict CSP). Run after `vite build`.
import { mkdirSync, writeFileSync } from 'node:fs';

const ELEMENTS = ['calendar', 'support-form', 'quiz', 'directory', 'crisis-help', 'inbox'];
mkdirSync('dist/frame', { recursive: true });
for (const name of ELEMENTS) {
  writeFileSync(
    `dist/frame/${name}.html`,
    `<!doctype html>
<html lang="id" data-sebaya-frame="${name}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>Sebaya — ${name}</title>
    <link rel="stylesheet" href="frame.css" />
    <script type="module" src="../${name === 'inbox' ? 'inbox' : 'sebaya'}.js"></script>
    <script type="module" src="../frame.js"></script>
  </head>
  <body></body>
</html>
`,
  );
}
writeFileSync('dist/frame/frame.css', 'html,body{margin:0;padding:0;background:transparent}body{padding:2px}\n');
console.log(`dist/frame/: ${ELEMENTS.length} frame pages`);
