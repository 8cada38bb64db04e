/**
 * Three builds from one source (`npm run build` runs them in turn):
 * - default: `dist/sebaya.js`, one minified ES module registering every element, Lit bundled
 *   (and `dist/frame.js` for the frame pages that scripts/build-frames.mjs writes);
 *   lazy chunks (ICS, CSV, sealing, quiz bank) beside it in `dist/chunks/`, imported relative to the
 *   module's own URL.
 * - `--mode classic`: `dist/sebaya.classic.js`, one IIFE for hosts that cannot use type="module".
 * - `--mode builder-classic`: `dist/builder.classic.js`, the builder in one IIFE, for its page
 *   opened from a folder (file://).
 * - `--mode inbox`: `dist/inbox.js`, the coordinator's `<sebaya-inbox>` on its own (never in
 *   sebaya.js, which public pages load), with its lazy chunks in `dist/chunks/`.
 * - `--mode builder`: `dist/builder.js`, the config builder `<sebaya-builder>` on its own (never in
 *   sebaya.js), chunks `dist/chunks/builder-*`; scripts/build-builder.mjs writes its page.
 * - `--mode lib`: the npm entry points in `dist/lib/` (index + one define per element), modules
 *   preserved, dependencies (lit …) external.
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLitCss } from './scripts/vite-plugin-minify-css.mjs';
import { leanDynamicImport } from './scripts/vite-plugin-lean-dynamic-import.mjs';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const deps = Object.keys(pkg.dependencies);

/** Every element folder with a define module. */
const elementEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, 'src', d.name, 'define.ts')))
    .map((d) => [`${d.name}/define`, resolve(root, 'src', d.name, 'define.ts')]),
);

const banner = '/*! Sebaya — embeddable web components for community mental health. MIT licence. */';

type Output = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rollupOptions']>['output']>;

/**
 * A minified ES-module build for a script tag (sebaya.js, inbox.js): entry files at the top of
 * dist/, lazy chunks in dist/chunks/ loaded relative to the module's own URL, and 'allow-extension'
 * so that modules an entry shares with its lazy chunks stay in the entry (no extra round trip).
 */
function scriptBuild(input: Record<string, string>, output: Output & object): UserConfig {
  return {
    base: './',
    plugins: [minifyLitCss(), leanDynamicImport()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      modulePreload: false,
      minify: true,
      rollupOptions: {
        input,
        preserveEntrySignatures: 'allow-extension',
        output: { entryFileNames: '[name].js', banner, ...output },
      },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'classic' || mode === 'builder-classic') {
    // builder-classic: dist/builder.classic.js, the builder page's fallback when it is opened from
    // the unzipped release folder (file://), where Chromium refuses module scripts; one file, its
    // lazy parts inlined.
    const builder = mode === 'builder-classic';
    return {
      plugins: [minifyLitCss()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        sourcemap: true,
        lib: {
          entry: resolve(root, builder ? 'src/builder.ts' : 'src/sebaya.ts'),
          name: builder ? 'SebayaBuilder' : 'Sebaya',
          formats: ['iife'],
          fileName: () => (builder ? 'builder.classic.js' : 'sebaya.classic.js'),
        },
        rollupOptions: { output: { banner, inlineDynamicImports: true } },
      },
    };
  }
  if (mode === 'inbox') {
    return scriptBuild(
      { inbox: resolve(root, 'src/inbox.ts') },
      {
        chunkFileNames: 'chunks/inbox-[name]-[hash].js',
        // As for sebaya.js: the modules the entry shares with its lazy chunks stay in inbox.js.
        codeSplitting: {
          groups: [
            {
              name: 'inbox',
              test: /src[\\/](inbox\.ts|inbox[\\/](inbox|define|styles)\.ts|core[\\/](lazy|define)\.ts|core[\\/]theme[\\/].*)$|node_modules[\\/](lit|@lit|lit-html|lit-element)[\\/]/,
            },
          ],
        },
      },
    );
  }
  if (mode === 'builder') {
    return scriptBuild(
      { builder: resolve(root, 'src/builder.ts') },
      {
        chunkFileNames: 'chunks/builder-[name]-[hash].js',
        // builder.js holds what the first screen needs (task list, summary, export, preview
        // frame): '$initial' is every module the entry imports statically, at any depth, so a
        // module the shell shares with a lazy chunk stays in builder.js (no extra round trip) and
        // nothing lazy is pulled in. The field editors and the importer (src/builder/lazy.ts) and
        // the CSV and .ics readers they load are lazy chunks, preloaded once the page is idle.
        codeSplitting: { groups: [{ name: 'builder', tags: ['$initial'] }] },
      },
    );
  }
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: {
            index: resolve(root, 'src/index.ts'),
            'core/placeholders': resolve(root, 'src/core/placeholders.ts'),
            ...elementEntries,
          },
          formats: ['es'],
        },
        rollupOptions: {
          external: (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  // The one-file bundle for <script type="module" src="…/sebaya.js">; frame.js (no imports) drives
  // dist/frame/<element>.html and shares no chunk with sebaya.js.
  return scriptBuild(
    { sebaya: resolve(root, 'src/sebaya.ts'), frame: resolve(root, 'src/frame/frame.ts') },
    {
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Rolldown puts a module that sebaya.js and lazy chunks share into a chunk of its own, which
      // sebaya.js then imports at once (rolldown issue #10731): the dates and wall-clock module
      // did. A group named after the entry keeps it in sebaya.js. `npm run bench` counts every
      // chunk sebaya.js imports at once, so a new split shows there.
      codeSplitting: { groups: [{ name: 'sebaya', test: /src[\\/](sebaya\.ts|core[\\/]i18n[\\/]format\.ts)$/ }] },
    },
  );
});
