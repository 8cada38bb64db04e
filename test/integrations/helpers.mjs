// @ts-check
/**
 * Shared by the CMS integration tests (OpenSID widgets, WordPress plugin): a real `php -S` on a
 * free loopback port in its own process group (stop() ends it and its workers), the built bundle
 * copied where a site owner would upload it, and Chromium through playwright-core.
 *
 * These tests never skip: a missing PHP, Chromium or build is a failure that says what to do, so CI
 * cannot pass without having run them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, HOW_TO_GET_ONE, findBrowser } from '../../scripts/browser-path.mjs';
import { runtimeFiles, shipped } from '../../scripts/release-zip.mjs';
import { freePort, listening } from '../helpers/net.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const PHP = process.env.SEBAYA_PHP ?? 'php';

/**
 * Throws unless php (with the extensions named) runs. @param {string[]} extensions
 * @param {string[]} [phpArgs] arguments before the script (e.g. NO_PDO)
 */
export function requirePhp(extensions = [], phpArgs = []) {
  const probe = spawnSync(PHP, [...phpArgs, '-r', `echo implode(',', get_loaded_extensions());`], { encoding: 'utf8' });
  if (probe.status !== 0)
    throw new Error(`${PHP} does not run: install php-cli (Debian: apt-get install php-cli php-sqlite3)`);
  const loaded = probe.stdout.toLowerCase().split(',');
  const missing = extensions.filter((e) => !loaded.includes(e.toLowerCase()));
  if (missing.length) throw new Error(`PHP lacks ${missing.join(', ')} (Debian: apt-get install php-sqlite3 php-mysql)`);
}

/**
 * PHP as a host that has mysqli but no PDO at all: no php.ini (`-n`), then only the extensions a
 * WordPress on MySQL uses, each when this PHP has it as a module.
 * @returns {string[]}
 */
export function noPdoArgs() {
  const dir = spawnSync(PHP, ['-n', '-r', 'echo ini_get("extension_dir");'], { encoding: 'utf8' }).stdout.trim();
  const wanted = ['mysqlnd', 'mysqli', 'ctype', 'iconv', 'fileinfo', 'tokenizer', 'exif', 'gettext', 'mbstring', 'intl', 'xml', 'dom', 'simplexml', 'curl', 'gd', 'zip'];
  return ['-n', ...wanted.filter((e) => existsSync(join(dir, `${e}.so`))).flatMap((e) => ['-d', `extension=${e}`])];
}

/** Throws unless dist/sebaya.js and its chunks are built. */
export function requireBuild() {
  if (!existsSync(join(DIST, 'sebaya.js')) || !existsSync(join(DIST, 'chunks')))
    throw new Error('dist/sebaya.js is not built: run `npm run build` (or `npx vite build`) first');
}

/**
 * Copies what a site owner uploads from the release zip (sebaya.js, its chunks, the classic
 * script, frames, schema) into `folder`, as the zip ships it (no source maps).
 * @param {string} folder
 */
export function copyBundle(folder) {
  requireBuild();
  for (const file of runtimeFiles(DIST)) {
    const to = join(folder, file);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, shipped(file, readFileSync(join(DIST, file))));
  }
}

/** Copies a folder (recursively). @param {string} from @param {string} to */
export function copyTree(from, to) {
  cpSync(from, to, { recursive: true });
}

/**
 * `php -S 127.0.0.1:<free port>` serving `docroot` (with `router` when given), in its own process
 * group. The log (PHP's errors go to stderr with display_errors off) is kept whole.
 * `phpArgs` come first (e.g. noPdoArgs()).
 * @param {{ docroot: string, router?: string, ini?: Record<string, string>, workers?: number, env?: NodeJS.ProcessEnv, port?: number, phpArgs?: string[] }} options
 */
export async function startPhp({ docroot, router, ini = {}, workers = 1, env = {}, port: wanted, phpArgs = [] }) {
  requirePhp([], phpArgs);
  const port = wanted ?? (await freePort());
  const iniArgs = Object.entries({
    display_errors: 'stderr',
    log_errors: '0',
    error_reporting: String(32767), // E_ALL
    ...ini,
  }).flatMap(([k, v]) => ['-d', `${k}=${v}`]);
  const args = [...phpArgs, ...iniArgs, '-S', `127.0.0.1:${port}`, '-t', docroot, ...(router ? [router] : [])];
  const child = spawn(PHP, args, {
    cwd: docroot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: String(workers), ...env },
  });
  let log = '';
  child.stdout?.on('data', (c) => (log += c));
  child.stderr?.on('data', (c) => (log += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** @param {NodeJS.Signals} signal */
  const signal = (signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const end = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > end) {
      signal('SIGKILL');
      throw new Error(`php -S did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log: () => log,
    /** The PHP warnings, notices, deprecations and errors in the log so far. */
    problems: () =>
      log
        .split('\n')
        .filter((l) => /PHP (Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)|^(Warning|Notice|Deprecated|Fatal error):/.test(l)),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        signal('SIGTERM');
        const timer = setTimeout(() => signal('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      signal('SIGKILL'); // workers that outlived their parent
    },
  };
}

/** Headless Chromium; throws with how to get one when none is installed. */
export async function launchBrowser() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(HOW_TO_GET_ONE);
  return chromium.launch({ executablePath, args: BROWSER_ARGS });
}

/**
 * Waits until every sebaya-* element of the page has settled (ready, empty or error).
 * @param {import('playwright-core').Page} page
 */
export function elementsSettled(page, timeout = 20_000) {
  return page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sebaya-'));
      return all.length > 0 && all.every((e) => ['ready', 'empty', 'error'].includes(e.getAttribute('state') ?? ''));
    },
    null,
    { timeout },
  );
}

/**
 * Each sebaya-* element's tag, state and shadow text (whitespace collapsed).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ tag: string, state: string | null, defined: boolean, text: string }[]>}
 */
export function elementsOf(page) {
  return page.evaluate(() => {
    /** @param {Node} node @returns {string} */
    const deepText = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return '';
      const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
      return [...root.childNodes].map(deepText).join(' ');
    };
    return [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('sebaya-'))
      .map((e) => ({
        tag: e.localName,
        state: e.getAttribute('state'),
        defined: !!customElements.get(e.localName),
        text: deepText(e).replace(/\s+/g, ' ').trim(),
      }));
  });
}

/** Collapses whitespace as elementsOf() does. @param {string} s */
export const squash = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * Counts dialogs (alert/confirm/prompt from an injected payload) and page errors.
 * @param {import('playwright-core').Page} page
 */
export function watchPage(page) {
  const seen = { dialogs: /** @type {string[]} */ ([]), errors: /** @type {string[]} */ ([]) };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return seen;
}

/**
 * The demo site config with only inline sources (the tests name no other host) and the support
 * form's endpoint set to `endpoint`.
 * @param {string} [endpoint]
 */
export function siteConfig(endpoint = '/receiver') {
  const config = JSON.parse(readFileSync(join(ROOT, 'demo/sebaya.json'), 'utf8'));
  config.calendar.sources = config.calendar.sources.filter((/** @type {any} */ s) => !s.url);
  config.directory.sources = config.directory.sources.filter((/** @type {any} */ s) => !s.url);
  config.supportForm.endpoint = endpoint;
  delete config.supportForm.publicKey;
  return config;
}
