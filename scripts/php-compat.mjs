// What `php -l` cannot see on an older PHP, because it only fails when the code runs: a call to a
// function that one of our PHP versions does not have (PHP 8's str_contains() on 7.4, or one
// removed in 8.0 such as each()), and the types `mixed` and `never`, which PHP before 8.0 / 8.1
// reads as class names. Both found with the real PHPs of scripts/php-lint.mjs: each version's own
// list of built-in functions (get_defined_functions()), and the newest version's tokenizer over
// our files (calls, not methods, declarations or strings). A call guarded by
// `function_exists('name')` in the same file is allowed. The five builds have the same extensions
// (no sodium, intl or gmp): a function of an extension none of them has is taken for one of ours
// or WordPress's, and not checked.
//
//   node scripts/php-compat.mjs <file.php | folder | file.zip>...
import { basename } from 'node:path';
import { PHP_VERSIONS, missingPhp, phpSources, runPhp } from './php-lint.mjs';

/** @typedef {import('./php-lint.mjs').PhpSource} PhpSource */
/** @typedef {{ name: string, line: number, message: string }} Gap */

const FUNCTIONS = `<?php
echo json_encode(array_map('strtolower', get_defined_functions()['internal']));
`;

// Run by the newest PHP: for each file, the global functions it calls (with their lines), the
// functions it tests with function_exists('…'), and where it uses mixed or never as a type.
const SCAN = String.raw`<?php
$skip = [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT];
$notCall = [T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW, T_CONST];
$amp = ['&', T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG];
$id = function ($t) { return is_array($t) ? $t[0] : $t; };
$out = [];
foreach (json_decode(file_get_contents(__DIR__ . '/files.json'), true) as $name) {
  $tokens = [];
  foreach (token_get_all(file_get_contents(__DIR__ . '/' . $name)) as $t) {
    if (!is_array($t) || !in_array($t[0], $skip, true)) $tokens[] = $t;
  }
  $calls = []; $guards = []; $types = [];
  foreach ($tokens as $i => $t) {
    if (!is_array($t)) continue;
    $prev = $id($tokens[$i - 1] ?? null); $next = $id($tokens[$i + 1] ?? null);
    if (($t[0] === T_STRING || $t[0] === T_NAME_FULLY_QUALIFIED) && $next === '(' && !in_array($prev, $notCall, true)) {
      $fn = strtolower(ltrim($t[1], '\\'));
      if (strpos($fn, '\\') === false) $calls[] = [$fn, $t[2]];
    }
    if ($t[0] === T_CONSTANT_ENCAPSED_STRING && $prev === '(' && is_array($tokens[$i - 2] ?? null)
        && strtolower(ltrim($tokens[$i - 2][1], '\\')) === 'function_exists') {
      $guards[] = strtolower(ltrim(substr($t[1], 1, -1), '\\'));
    }
    if ($t[0] === T_STRING && in_array(strtolower($t[1]), ['mixed', 'never'], true)) {
      $before = $id($tokens[$i - 2] ?? null);
      if (in_array($next, array_merge([T_VARIABLE, T_ELLIPSIS], $amp), true) || $prev === ':' || ($prev === '?' && $before === ':')) {
        $types[] = [strtolower($t[1]), $t[2]];
      }
    }
  }
  $out[$name] = ['calls' => $calls, 'guards' => $guards, 'types' => $types];
}
echo json_encode($out);
`;

/** Since which version a type name is a type, not a class name. */
const TYPES = /** @type {Record<string, string>} */ ({ mixed: '8.0', never: '8.1' });

/** @param {string} a @param {string} b */
const older = (a, b) => Number(a.replace('.', '')) < Number(b.replace('.', ''));

/**
 * The calls and types in `sources` that some of `versions` do not have.
 * @param {PhpSource[]} sources
 * @param {{ versions?: readonly string[] }} [options]
 * @returns {Promise<Gap[]>}
 */
export async function versionGaps(sources, { versions = PHP_VERSIONS } = {}) {
  const newest = /** @type {string} */ (versions[versions.length - 1]);
  const files = sources.map((s, i) => ({ name: `f${i}.php`, data: s.data, shown: s.name }));
  const [functions, scanned] = await Promise.all([
    runPhp([{ name: 'functions.php', data: FUNCTIONS }], { versions, concurrency: 1 }),
    runPhp(
      [
        { name: 'scan.php', data: SCAN },
        { name: 'files.json', data: JSON.stringify(files.map((f) => f.name)) },
        ...files.map(({ name, data }) => ({ name, data })),
      ],
      { versions: [newest] },
    ),
  ]);
  /** @type {Map<string, Set<string>>} */
  const builtIn = new Map();
  for (const r of functions) {
    if (r.exitCode !== 0) throw new Error(`PHP ${r.version} could not list its functions: ${r.stdout} ${r.stderr}`);
    builtIn.set(r.version, new Set(JSON.parse(r.stdout)));
  }
  const scan = /** @type {(typeof scanned)[number]} */ (scanned[0]);
  if (scan.exitCode !== 0) throw new Error(`PHP ${newest} could not read the files: ${scan.stdout} ${scan.stderr}`);
  /** @type {Record<string, { calls: [string, number][], guards: string[], types: [string, number][] }>} */
  const found = JSON.parse(scan.stdout);
  /** @type {Gap[]} */
  const gaps = [];
  for (const file of files) {
    const { calls, guards, types } = found[file.name] ?? { calls: [], guards: [], types: [] };
    for (const [fn, line] of calls) {
      const lacking = versions.filter((v) => !builtIn.get(v)?.has(fn));
      if (lacking.length && lacking.length < versions.length && !guards.includes(fn))
        gaps.push({ name: file.shown, line, message: `calls ${fn}(), which is not in PHP ${lacking.join(', ')}` });
    }
    for (const [type, line] of types) {
      const since = /** @type {string} */ (TYPES[type]);
      const lacking = versions.filter((v) => older(v, since));
      if (lacking.length)
        gaps.push({
          name: file.shown,
          line,
          message: `uses the type ${type}, a class name to PHP ${lacking.join(', ')}`,
        });
    }
  }
  return gaps;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const missing = missingPhp();
  if (!args.length || missing) {
    console.error(missing || `usage: node scripts/${basename(import.meta.filename)} <file.php | folder | file.zip>...`);
    process.exit(2);
  }
  const sources = phpSources(args);
  const gaps = await versionGaps(sources);
  for (const g of gaps) console.log(`${g.name}:${g.line}: ${g.message}`);
  console.log(
    `${sources.length} files: ${gaps.length ? `${gaps.length} calls or types not in every PHP ${PHP_VERSIONS.join(', ')}` : `every call and type is in PHP ${PHP_VERSIONS.join(', ')}`}`,
  );
  process.exitCode = gaps.length ? 1 : 0;
}
