// `php -l` under every PHP version we claim (7.4, 8.0, 8.1, 8.2, 8.3), with the real PHP of each:
// WordPress Playground's PHP in WebAssembly (installed by `node scripts/fetch-php.mjs`), whose CLI
// SAPI runs `php -l` itself: the file is parsed and compiled, not run, so syntax errors, compile-time
// errors ("Cannot redeclare", "'break' not in the 'loop'") and compile-time deprecations are found.
// A file passes only when that version says "No syntax errors detected" and nothing else: a
// `Deprecated:` (or any other diagnostic) fails it, since hosts show them to visitors.
//
// Each version runs in its own worker thread (ended after `timeoutMs`, nothing is left running),
// each file in a fresh PHP runtime there (the CLI SAPI runs once per runtime). No network: the
// files are written into PHP's in-memory filesystem. `runPhp` runs a script the same way
// (scripts/php-compat.mjs asks each version for its functions with it).
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
 * @typedef {{ name: string, data: Uint8Array }} File
 * @typedef {{ files: File[], args: string[] }} Run one PHP CLI run in a fresh runtime: the files
 *   written under ROOT, then `php <args>` (`{file}` stands for the first file's path)
 * @typedef {{ exitCode: number, stdout: string, stderr: string }} Ran
 */

/** @param {PhpSource[]} sources @returns {File[]} */
function files(sources) {
  for (const s of sources)
    if (!/^\/?[\w.-]+(?:\/[\w.-]+)*$/.test(s.name) || s.name.split('/').some((part) => part === '..' || part === '.'))
      throw new Error(`php-lint: ${JSON.stringify(s.name)} is not a plain file name`);
  return sources.map((s) => ({ name: s.name, data: typeof s.data === 'string' ? Buffer.from(s.data) : s.data }));
}

/** Where a file is inside PHP's filesystem. @param {string} name */
const pathOf = (name) => ROOT + name.replace(/^\//, '');

/**
 * Lints every source under every version.
 * @param {PhpSource[]} sources
 * @param {{ versions?: readonly string[], timeoutMs?: number, concurrency?: number }} [options]
 *   timeoutMs: per version (all its files); concurrency: versions at once
 * @returns {Promise<LintResult[]>} version by version, files in the order given
 */
export async function lintPhp(sources, { versions = PHP_VERSIONS, timeoutMs = 120_000, concurrency = 2 } = {}) {
  const all = files(sources);
  // As a host's php.ini would: every error reported, shown (on stdout, as `php -l` prints them),
  // not logged twice; opcache off so the file is compiled here, not read from a cache.
  const runs = all.map((file) => ({ files: [file], args: ['-l', '{file}'] }));
  const byVersion = await eachVersion(versions, concurrency, async (version) => {
    const ran = await runVersion(version, runs, timeoutMs);
    return all.map((file, i) => {
      const r = /** @type {Ran | string} */ (ran[i]);
      if (typeof r === 'string') return { version, name: file.name, ok: false, output: r };
      const path = pathOf(file.name);
      const ok = r.exitCode === 0 && r.stdout === `No syntax errors detected in ${path}` && r.stderr === '';
      const output = [r.stdout, r.stderr].filter(Boolean).join('\n').split(path).join(file.name);
      return {
        version,
        name: file.name,
        ok,
        output: r.exitCode === 0 ? output : `${output}\n(exit ${r.exitCode & 255})`,
      };
    });
  });
  return byVersion.flat();
}

/**
 * Runs a PHP script (the first source; the others are written beside it, under the names given)
 * with the PHP CLI of each version, each in a fresh runtime, in their own worker threads.
 * @param {PhpSource[]} sources
 * @param {{ versions?: readonly string[], timeoutMs?: number, concurrency?: number }} [options]
 * @returns {Promise<(Ran & { version: string })[]>} in the order of versions
 */
export async function runPhp(sources, { versions = PHP_VERSIONS, timeoutMs = 120_000, concurrency = 2 } = {}) {
  const run = { files: files(sources), args: ['{file}'] };
  return eachVersion(versions, concurrency, async (version) => {
    const [r] = await runVersion(version, [run], timeoutMs);
    if (typeof r === 'string' || !r) throw new Error(r ?? `PHP ${version}: no answer`);
    return { version, ...r };
  });
}

/**
 * @template T
 * @param {readonly string[]} versions
 * @param {number} concurrency
 * @param {(version: string) => Promise<T>} work
 * @returns {Promise<T[]>}
 */
async function eachVersion(versions, concurrency, work) {
  const missing = missingPhp();
  if (missing) throw new Error(missing);
  /** @type {T[]} */
  const out = [];
  const queue = versions.map((version, i) => ({ version, i }));
  const next = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) out[job.i] = await work(job.version);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, versions.length)) }, next));
  return out;
}

/**
 * The runs under one version, in a worker thread ended after `timeoutMs`.
 * @param {string} version
 * @param {Run[]} runs
 * @param {number} timeoutMs
 * @returns {Promise<(Ran | string)[]>} a string says why that run has no result
 */
function runVersion(version, runs, timeoutMs) {
  const failAll = (/** @type {string} */ why) => runs.map(() => why);
  return new Promise((done) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { version, runs } });
    const timer = setTimeout(() => {
      void worker.terminate();
      done(failAll(`PHP ${version}: no answer within ${timeoutMs} ms (stopped)`));
    }, timeoutMs);
    const end = (/** @type {(Ran | string)[]} */ results) => {
      clearTimeout(timer);
      void worker.terminate();
      done(results);
    };
    worker.once('message', end);
    worker.once('error', (e) => end(failAll(`PHP ${version} did not run: ${e.message}`)));
    worker.once('exit', (code) => end(failAll(`PHP ${version}: the worker ended (${code}) without an answer`)));
  });
}

/** In the worker: each run in a fresh runtime of this version (the CLI SAPI runs once per runtime). */
async function runInWorker() {
  const { version, runs } = /** @type {{ version: string, runs: Run[] }} */ (workerData);
  const { PHP, loadPHPRuntime } = await import(pathToFileURL(UNIVERSAL).href);
  const loader = await import(pathToFileURL(loaderPath(version)).href);
  // Compiled once, instantiated per run: a fresh runtime then costs a few ms, not the ~100 ms of
  // compiling 20 MB of WebAssembly again.
  const compiled = await WebAssembly.compile(readFileSync(loader.dependencyFilename));
  /** @type {(Ran | string)[]} */
  const results = [];
  for (const run of runs) {
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
      for (const file of run.files) {
        const path = pathOf(file.name);
        php.mkdirTree(path.slice(0, path.lastIndexOf('/')));
        php.writeFile(path, file.data);
      }
      const first = pathOf(run.files[0]?.name ?? 'none.php');
      const cli = await php.cli([
        'php',
        ...[
          '-d',
          'error_reporting=-1',
          '-d',
          'display_errors=stdout',
          '-d',
          'log_errors=0',
          '-d',
          'opcache.enable_cli=0',
        ],
        ...run.args.map((a) => (a === '{file}' ? first : a)),
      ]);
      const exitCode = Number(await cli.exitCode);
      results.push({
        exitCode,
        stdout: String(await cli.stdoutText).trim(),
        stderr: String(await cli.stderrText).trim(),
      });
    } catch (e) {
      results.push(`PHP ${version} failed to run: ${String(e)}`);
    } finally {
      php.exit();
    }
  }
  parentPort?.postMessage(results);
}

if (!isMainThread && workerData?.runs) {
  await runInWorker();
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
