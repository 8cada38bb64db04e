// Fetches real PHP 7.4, 8.0, 8.1, 8.2 and 8.3 for `scripts/php-lint.mjs`, from the npm registry
// (the only network CI has): WordPress Playground's PHP compiled to WebAssembly,
// `@php-wasm/node-<version>` with `@php-wasm/universal` (the runtime around it), pinned, installed
// once into .cache/php-wasm/ (gitignored). 3.1.54 is the newest release that runs on Node 20
// (3.1.55 on declare Node >= 24.18). Not a devDependency: 18–22 MB packed (101 MB for the five)
// and 51–60 MB unpacked per version, so it would slow every `npm ci`; only the asyncify build is
// kept (the JSPI build and the intl/xdebug/redis/memcached extensions are removed: linting uses
// neither), which leaves 19–24 MB per version, 111 MB in all. `.ci/run` and `npm run test:integrations` run this; the PHP
// versions test skips without it (fails with SEBAYA_REQUIRE_SERVERS=1).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PHP_WASM_VERSION = '3.1.54';
export const PHP_VERSIONS = /** @type {const} */ (['7.4', '8.0', '8.1', '8.2', '8.3']);
export const CACHE = join(import.meta.dirname, '..', '.cache', 'php-wasm');
/** Written last: its presence means every version was installed and pruned. */
export const READY = join(CACHE, `ready-${PHP_WASM_VERSION}`);

/** @param {string} version `7.4` */
export const packageName = (version) => `@php-wasm/node-${version.replace('.', '-')}`;
/** @param {string} version */
export const packageDir = (version) => join(CACHE, 'node_modules', packageName(version));
/** The Emscripten loader of a version's asyncify build (plain WebAssembly: any Node ≥ 20). @param {string} version */
export const loaderPath = (version) => join(packageDir(version), 'asyncify', `php_${version.replace('.', '_')}.js`);
export const UNIVERSAL = join(CACHE, 'node_modules', '@php-wasm', 'universal', 'index.js');

/** Bytes under a folder. @param {string} dir @returns {number} */
export function sizeOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, d) => sum + (d.isDirectory() ? sizeOf(join(dir, d.name)) : statSync(join(dir, d.name)).size),
    0,
  );
}

/** Installs the pinned packages into .cache/php-wasm/ unless done already; returns the folder. */
export function fetchPhp() {
  if (existsSync(READY)) return CACHE;
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(join(CACHE, 'package.json'), '{ "private": true, "type": "module" }\n');
  const packages = ['@php-wasm/universal', ...PHP_VERSIONS.map(packageName)].map((p) => `${p}@${PHP_WASM_VERSION}`);
  execFileSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    [
      'install',
      '--prefix',
      CACHE,
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--loglevel=error',
      ...packages,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (const version of PHP_VERSIONS) {
    if (!existsSync(loaderPath(version))) throw new Error(`npm install did not write ${loaderPath(version)}`);
    rmSync(join(packageDir(version), 'jspi'), { recursive: true, force: true });
    rmSync(join(packageDir(version), 'asyncify', 'extensions'), { recursive: true, force: true });
  }
  if (!existsSync(UNIVERSAL)) throw new Error(`npm install did not write ${UNIVERSAL}`);
  writeFileSync(READY, `${packages.join('\n')}\n`);
  return CACHE;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = fetchPhp();
  const mb = (/** @type {number} */ n) => `${(n / 1e6).toFixed(1)} MB`;
  for (const version of PHP_VERSIONS)
    console.log(`${packageName(version)}@${PHP_WASM_VERSION}: ${mb(sizeOf(packageDir(version)))}`);
  console.log(`${relative(process.cwd(), dir)}: ${mb(sizeOf(dir))} in all`);
}
