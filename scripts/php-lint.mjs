// `php -l` under every PHP version we claim (7.4, 8.0, 8.1, 8.2, 8.3), with the real PHP of each:
// WordPress Playground's PHP in WebAssembly (installed by `node scripts/fetch-php.mjs`), whose CLI
// SAPI runs `php -l` itself: the file is parsed and compiled, not run, so syntax errors, compile-time
// errors ("Cannot redeclare", "'break' not in the 'loop'") and compile-time deprecations are found.
// A file passes only when that version says "No syntax errors detected" and nothing else: a
// `Deprecated:` (or any other diagnostic) fails it, since hosts show them to visitors.
//
// Each version runs in its own worker thread (ended after `timeoutMs`, nothing is left running),
// each file in a fresh PHP runtime there (the CLI SAPI runs once per runtime). No network: the
// files are written into PHP's in-memory filesystem.
//
//   node scripts/php-lint.mjs [--php 7.4,8.3] <file.php | folder | file.zip>...
//
// exits 1 when a file fails on some version, 2 when the PHP versions are not fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { PHP_VERSIONS, PHP_WASM_VERSION, READY, UNIVERSAL, loaderPath } from './fetch-php.mjs';
import { readZip } from './zip.mjs';

export { PHP_VERSIONS };

/**
 * @typedef {{ name: string, data: string | Uint8Array }} PhpSource a file's name as it should be
 *   reported (relative, `/` separated) and its bytes
 * @typedef {{ version: string, name: string, ok: boolean, output: string }} LintResult `output` is
 *   what `php -l` printed (or why it did not run), file names as given
 */

/** Where the files are written inside PHP's filesystem; messages name them as given. */
const ROOT = '/lint/';

/** Why linting cannot run here (the versions are not fetched), or false. @returns {string | false} */
export function missingPhp() {
  return existsSync(READY)
    ? false
    : `PHP ${PHP_VERSIONS.join(', ')} in WebAssembly (@php-wasm ${PHP_WASM_VERSION}) are not fetched: run \`node scripts/fetch-php.mjs\``;
}

/**
 * The `.php` files under paths (files, folders, zips: every `.php` entry of a zip, named
 * `<zip>/<entry>`), named relative to `root` (absolute when outside it).
 * @param {string[]} paths
 * @param {string} [root]
 * @returns {PhpSource[]}
 */
export function phpSources(paths, root = process.cwd()) {
  /** @type {PhpSource[]} */
  const out = [];
  const name = (/** @type {string} */ p) => {
    const rel = relative(root, p);
    return (rel.startsWith('..') || isAbsolute(rel) ? p : rel).split('\\').join('/');
  };
  const walk = (/** @type {string} */ p) => {
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) walk(join(p, entry));
    } else if (p.endsWith('.zip')) {
      for (const e of readZip(readFileSync(p)))
        if (!e.folder && e.name.endsWith('.php')) out.push({ name: `${name(p)}/${e.name}`, data: e.data });
    } else if (p.endsWith('.php')) {
      out.push({ name: name(p), data: readFileSync(p) });
    }
  };
  for (const p of paths) walk(resolve(root, p));
  return out;
}

/**
 * Lints every source under every version.
 * @param {PhpSource[]} sources
 * @param {{ versions?: readonly string[], timeoutMs?: number, concurrency?: number }} [options]
 *   timeoutMs: per version (all its files); concurrency: versions at once
 * @returns {Promise<LintResult[]>} version by version, files in the order given
 */
export async function lintPhp(sources, { versions = PHP_VERSIONS, timeoutMs = 120_000, concurrency = 2 } = {}) {
  const missing = missingPhp();
  if (missing) throw new Error(missing);
  for (const s of sources)
    if (!/^\/?[\w.-]+(?:\/[\w.-]+)*$/.test(s.name) || s.name.split('/').some((part) => part === '..' || part === '.'))
      throw new Error(`php-lint: ${JSON.stringify(s.name)} is not a plain file name`);
  const files = sources.map((s) => ({ name: s.name, data: typeof s.data === 'string' ? Buffer.from(s.data) : s.data }));
  /** @type {LintResult[][]} */
  const byVersion = [];
  const queue = versions.map((version, i) => ({ version, i }));
  const run = async () => {
    for (let job = queue.shift(); job; job = queue.shift())
      byVersion[job.i] = await lintVersion(job.version, files, timeoutMs);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, versions.length)) }, run));
  return byVersion.flat();
}

/**
 * @param {string} version
 * @param {{ name: string, data: Uint8Array }[]} files
 * @param {number} timeoutMs
 * @returns {Promise<LintResult[]>}
 */
function lintVersion(version, files, timeoutMs) {
  const failAll = (/** @type {string} */ why) => files.map((f) => ({ version, name: f.name, ok: false, output: why }));
  return new Promise((done) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { version, files } });
    const timer = setTimeout(() => {
      void worker.terminate();
      done(failAll(`PHP ${version}: no answer within ${timeoutMs} ms (stopped)`));
    }, timeoutMs);
    const end = (/** @type {LintResult[]} */ results) => {
      clearTimeout(timer);
      void worker.terminate();
      done(results);
    };
    worker.once('message', end);
    worker.once('error', (e) => end(failAll(`PHP ${version} did not run: ${e.message}`)));
    worker.once('exit', (code) => end(failAll(`PHP ${version}: the worker ended (${code}) without an answer`)));
  });
}

/** In the worker: `php -l` on each file, each in a fresh runtime of this version. */
async function lintInWorker() {
  const { version, files } = /** @type {{ version: string, files: { name: string, data: Uint8Array }[] }} */ (
    workerData
  );
  const { PHP, loadPHPRuntime } = await import(pathToFileURL(UNIVERSAL).href);
  const loader = await import(pathToFileURL(loaderPath(version)).href);
  // Compiled once, instantiated per file: a fresh runtime then costs a few ms, not the ~100 ms of
  // compiling 20 MB of WebAssembly again.
  const compiled = await WebAssembly.compile(readFileSync(loader.dependencyFilename));
  /** @type {LintResult[]} */
  const results = [];
  for (const file of files) {
    const path = ROOT + file.name.replace(/^\//, '');
    const php = new PHP(
      await loadPHPRuntime(loader, {
        quit(/** @type {number} */ _code, /** @type {unknown} */ error) {
          throw error;
        },
        instantiateWasm(
          /** @type {WebAssembly.Imports} */ imports,
          /** @type {(i: WebAssembly.Instance, m: WebAssembly.Module) => void} */ ready,
        ) {
          void WebAssembly.instantiate(compiled, imports).then((instance) => ready(instance, compiled));
          return {};
        },
      }),
    );
    try {
      php.mkdirTree(path.slice(0, path.lastIndexOf('/')));
      php.writeFile(path, file.data);
      // As a host's php.ini would: every error reported, shown (on stdout, as `php -l` prints
      // them), not logged twice; opcache off so the file is compiled here, not read from a cache.
      const cli = await php.cli([
        'php',
        '-d',
        'error_reporting=-1',
        '-d',
        'display_errors=stdout',
        '-d',
        'log_errors=0',
        '-d',
        'opcache.enable_cli=0',
        '-l',
        path,
      ]);
      const exitCode = await cli.exitCode;
      const stdout = String(await cli.stdoutText).trim();
      const stderr = String(await cli.stderrText).trim();
      const ok = exitCode === 0 && stdout === `No syntax errors detected in ${path}` && stderr === '';
      const output = [stdout, stderr].filter(Boolean).join('\n').split(path).join(file.name);
      results.push({
        version,
        name: file.name,
        ok,
        output: exitCode === 0 ? output : `${output}\n(exit ${exitCode & 255})`,
      });
    } catch (e) {
      results.push({ version, name: file.name, ok: false, output: `PHP ${version} failed to lint it: ${String(e)}` });
    } finally {
      php.exit();
    }
  }
  parentPort?.postMessage(results);
}

if (!isMainThread && workerData?.files) {
  await lintInWorker();
} else if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--php');
  const versions = at >= 0 ? args.splice(at, 2)[1].split(',') : PHP_VERSIONS;
  const unknown = versions.filter((v) => !(/** @type {readonly string[]} */ (PHP_VERSIONS).includes(v)));
  const missing = missingPhp();
  if (!args.length || unknown.length) {
    console.error(
      `usage: node scripts/${basename(import.meta.filename)} [--php ${PHP_VERSIONS.join(',')}] <file.php | folder | file.zip>...`,
    );
    process.exit(2);
  } else if (missing) {
    console.error(missing);
    process.exit(2);
  }
  const sources = phpSources(args);
  const started = performance.now();
  const results = await lintPhp(sources, { versions });
  for (const version of versions) {
    const mine = results.filter((r) => r.version === version);
    const failed = mine.filter((r) => !r.ok);
    console.log(`PHP ${version}: ${mine.length - failed.length}/${mine.length} files pass php -l`);
    for (const r of failed) console.log(`  ${r.name}\n    ${r.output.split('\n').join('\n    ')}`);
  }
  console.log(
    `${sources.length} files × ${versions.length} versions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
