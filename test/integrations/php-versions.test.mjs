// @ts-check
// Every PHP file we ship passes `php -l` on each PHP version we claim (issue #18: 7.4 to 8.3), run
// by the real PHP of that version (WordPress Playground's PHP in WebAssembly, see
// scripts/php-lint.mjs): the .php files inside both WordPress plugin zips as built, the OpenSID
// widget files (the Blade templates too: they are PHP files with inline HTML) and the reference
// receiver. A compile-time `Deprecated:` fails a file like a parse error does. Then what `php -l`
// cannot see, because it fails only when the code runs (scripts/php-compat.mjs): no call to a
// function that one of the versions does not have built in, no `mixed` or `never` type before the
// version that knows it.
//
// The self-check first proves each runtime is the version it claims and that failures are seen:
// PHP 8.0 syntax fails on 7.4 only, PHP 8.3 syntax on 7.4 to 8.2, a deprecation from 8.2 fails
// 8.2 and 8.3, a compile-time error fails everywhere.
//
// Needs `node scripts/fetch-php.mjs` (run by `npm run test:integrations` and .ci/run); without it
// the tests skip, or fail with SEBAYA_REQUIRE_SERVERS=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PHP_VERSIONS, lintPhp, missingPhp, phpSources, runPhp } from '../../scripts/php-lint.mjs';
import { versionGaps } from '../../scripts/php-compat.mjs';
import { DIST, ROOT } from './helpers.mjs';

const missing = missingPhp();
if (missing && process.env.SEBAYA_REQUIRE_SERVERS === '1') throw new Error(`${missing} (SEBAYA_REQUIRE_SERVERS=1)`);
const skip = missing ? `${missing}: skipped (set SEBAYA_REQUIRE_SERVERS=1 to fail instead)` : false;

/** @param {import('../../scripts/php-lint.mjs').LintResult[]} results */
const table = (results) =>
  PHP_VERSIONS.map((v) => {
    const mine = results.filter((r) => r.version === v);
    return `PHP ${v}: ${mine.filter((r) => r.ok).length}/${mine.length} pass`;
  }).join('; ');

test('self-check: each PHP is the version it claims; parse errors, compile errors and deprecations fail', { skip }, async (t) => {
  const snippets = [
    {
      name: 'php80.php', // nullsafe operator and match: PHP 8.0
      data: "<?php\nfunction f($a) {\n  return match ($a?->b) { 1 => 'a', default => 'b' };\n}\n",
      passes: ['8.0', '8.1', '8.2', '8.3'],
    },
    {
      name: 'php83.php', // typed class constants: PHP 8.3
      data: "<?php\nclass A {\n  const string X = 'a';\n}\n",
      passes: ['8.3'],
    },
    {
      name: 'deprecated82.php', // "${a}" in a string: deprecated at compile time from 8.2
      data: '<?php\n$a = 1;\necho "${a}";\n',
      passes: ['7.4', '8.0', '8.1'],
    },
    {
      name: 'compile-error.php', // parses, but does not compile
      data: "<?php\nfor ($i = 0; $i < 2; $i++) {}\nbreak;\n",
      passes: [],
    },
    { name: 'fine.php', data: "<?php\necho 'Halo';\n", passes: [...PHP_VERSIONS] },
  ];
  const ran = await runPhp([{ name: 'version.php', data: '<?php echo PHP_VERSION;' }]);
  t.diagnostic(ran.map((r) => `PHP ${r.version}: ${r.stdout}`).join('; '));
  for (const r of ran) assert.ok(r.stdout.startsWith(`${r.version}.`), `PHP ${r.version} says it is ${r.stdout}`);
  const results = await lintPhp(snippets);
  t.diagnostic(table(results));
  for (const s of snippets)
    for (const version of PHP_VERSIONS) {
      const r = results.find((x) => x.version === version && x.name === s.name);
      assert.ok(r, `${s.name} on ${version}`);
      assert.equal(r.ok, s.passes.includes(version), `${s.name} on PHP ${version}: ${r.output}`);
    }
  const on = (/** @type {string} */ name, /** @type {string} */ version) =>
    results.find((x) => x.name === name && x.version === version)?.output ?? '';
  assert.match(on('php80.php', '7.4'), /Parse error: .* in php80\.php on line 3/);
  assert.match(on('php83.php', '8.2'), /Parse error: .* in php83\.php on line 3/);
  assert.match(on('deprecated82.php', '8.2'), /Deprecated: Using \$\{var\} in strings is deprecated.* on line 3/);
  assert.match(on('compile-error.php', '8.3'), /Fatal error: 'break' not in the 'loop' or 'switch' context in compile-error\.php on line 3/);
});

/** Every PHP file we ship. */
function shipped() {
  const zips = ['sebaya-wordpress.zip', 'sebaya-wordpress-tim.zip'].map((z) => join(DIST, z));
  for (const zip of zips) assert.ok(existsSync(zip), `${zip} is built (npm run build)`);
  return phpSources([...zips, join(ROOT, 'integrations/opensid'), join(ROOT, 'receiver/php')], ROOT);
}

test(`every PHP file we ship passes php -l on PHP ${PHP_VERSIONS.join(', ')}`, { skip }, async (t) => {
  const sources = shipped();
  const count = (/** @type {string} */ prefix) => sources.filter((s) => s.name.startsWith(prefix)).length;
  // What each place holds today, so a file that stops being found (a moved folder) is noticed.
  assert.ok(count('dist/sebaya-wordpress.zip/sebaya/') >= 8, sources.map((s) => s.name).join('\n'));
  assert.ok(count('dist/sebaya-wordpress-tim.zip/') >= 2);
  assert.ok(count('integrations/opensid/desa/widgets/') >= 5);
  assert.ok(sources.filter((s) => s.name.endsWith('.blade.php')).length >= 5);
  assert.ok(count('receiver/php/') >= 2);
  const started = performance.now();
  const results = await lintPhp(sources);
  t.diagnostic(`${sources.length} files × ${PHP_VERSIONS.length} versions in ${((performance.now() - started) / 1000).toFixed(1)} s: ${table(results)}`);
  const failed = results.filter((r) => !r.ok);
  assert.deepEqual(
    failed.map((r) => `PHP ${r.version}: ${r.name}\n  ${r.output.split('\n').join('\n  ')}`),
    [],
  );
  assert.equal(results.length, sources.length * PHP_VERSIONS.length);
});

test('self-check: a call to a function one version lacks, and mixed or never as a type, are found', { skip }, async () => {
  const code = `<?php
function f(mixed $a): ?never {
  if (str_contains('a', 'b')) { return each($a); }
  $a->str_starts_with('a');
  if (function_exists('array_is_list')) { array_is_list([]); }
  return strlen('str_ends_with(') . \\str_ends_with('a', 'b');
}
`;
  const gaps = await versionGaps([{ name: 'gaps.php', data: code }]);
  assert.deepEqual(
    gaps.map((g) => `${g.name}:${g.line}: ${g.message}`),
    [
      'gaps.php:3: calls str_contains(), which is not in PHP 7.4',
      'gaps.php:3: calls each(), which is not in PHP 8.0, 8.1, 8.2, 8.3',
      'gaps.php:6: calls str_ends_with(), which is not in PHP 7.4',
      'gaps.php:2: uses the type mixed, a class name to PHP 7.4',
      'gaps.php:2: uses the type never, a class name to PHP 7.4, 8.0',
    ],
  );
});

test(`every function our PHP calls is built into PHP ${PHP_VERSIONS.join(', ')}; no type they do not know`, { skip }, async () => {
  const gaps = await versionGaps(shipped());
  assert.deepEqual(
    gaps.map((g) => `${g.name}:${g.line}: ${g.message}`),
    [],
  );
});
