// @ts-check
/**
 * The PHP receiver (receiver/php/) on SQLite, under a real `php -S`: what is PHP's own (syntax for
 * PHP 7.4, the credential CLI, the protection files, no HTML or warning ever in an answer, the same
 * envelope verdicts as the Node receiver, the owner-only 503 hint). The shared contract suite
 * (test/receiver/contract.test.mjs) checks the contract itself.
 *
 *   node --test test/receiver/php-receiver.test.mjs
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { envelopeProblem } from '../../receiver/node/receiver.mjs';
import {
  PHP,
  SCRIPT,
  b64,
  postJson,
  rawHttp,
  sealed,
  skipUnlessServers,
  startPhpReceiver,
  unsealed,
} from './php-harness.mjs';

const skip = skipUnlessServers('php');
const DIR = fileURLToPath(new URL('../../receiver/php/', import.meta.url));
const CREDENTIAL = `sbc_${'A'.repeat(43)}`;
const LINE = `sha256:${createHash('sha256').update(CREDENTIAL).digest('hex')}`;
const AUTH = { authorization: `Bearer ${CREDENTIAL}` };

/** An answer must be JSON, never HTML, a PHP warning or a path on disk. @param {{ status: number, headers: Headers | Record<string, string>, body?: string, text?: string }} a @param {string} dir */
function assertClean(a, dir, name = '') {
  const body = a.text ?? a.body ?? '';
  const type = a.headers instanceof Headers ? a.headers.get('content-type') : a.headers['content-type'];
  if (a.status !== 204) {
    assert.equal(type, 'application/json; charset=utf-8', `${name} ${a.status} ${body.slice(0, 200)}`);
    const json = JSON.parse(body);
    if (a.status >= 400) assert.equal(typeof json.error, 'string', body);
  }
  for (const bad of ['<', 'Warning', 'Fatal', 'Notice', 'Deprecated', 'Stack trace', '.php', dir, '/tmp', 'SQLSTATE'])
    assert.ok(!body.includes(bad), `${name}: answer shows ${JSON.stringify(bad)}: ${body.slice(0, 300)}`);
}

describe('PHP receiver: the files', { skip }, () => {
  test('php -l passes on the script and the sample config', () => {
    for (const file of ['sebaya-receiver.php', 'sebaya-config.sample.php']) {
      const run = spawnSync(PHP, ['-l', `${DIR}${file}`], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
    }
  });

  test('no syntax or function newer than PHP 7.4', () => {
    // Tokens PHP 8 added, calls PHP 7.4 does not have, and 8.0 syntax the tokenizer shows as a pattern.
    const scan = `
      $t = token_get_all(file_get_contents($argv[1]));
      $bad = [];
      $names = ['T_MATCH', 'T_NULLSAFE_OBJECT_OPERATOR', 'T_ATTRIBUTE', 'T_ENUM', 'T_READONLY'];
      $fns = ['str_contains', 'str_starts_with', 'str_ends_with', 'array_is_list', 'get_debug_type', 'fdiv',
        'get_resource_id', 'preg_last_error_msg', 'array_key_first_', 'enum_exists', 'mb_str_split'];
      foreach ($t as $i => $tok) {
        if (!is_array($tok)) continue;
        foreach ($names as $n) if (defined($n) && $tok[0] === constant($n)) $bad[] = $n . ' line ' . $tok[2];
        if ($tok[0] === T_STRING && in_array(strtolower($tok[1]), $fns, true)) $bad[] = $tok[1] . ' line ' . $tok[2];
        // named arguments: "name:" right after "(" or "," inside a call
        if ($tok[0] === T_STRING && ($t[$i + 1] ?? null) === ':' && in_array($t[$i - 1] ?? null, ['(', ','], true)) $bad[] = 'named argument line ' . $tok[2];
      }
      $src = file_get_contents($argv[1]);
      if (preg_match('/catch \\\\(\\\\\\\\?[A-Za-z\\\\\\\\]+\\\\)/', $src)) $bad[] = 'catch without a variable';
      if (preg_match('/\\\\bthrow\\\\b[^;]*\\\\?\\\\?\\\\s*throw|=>\\\\s*throw|\\\\?\\\\?\\\\s*throw/', $src)) $bad[] = 'throw as an expression';
      if (preg_match('/function\\\\s*\\\\w*\\\\([^)]*,\\\\s*\\\\)/', $src)) $bad[] = 'trailing comma in parameters';
      if (preg_match('/\\\\):\\\\s*(mixed|static|never)\\\\b|\\\\b(int|string|bool|array|float)\\\\|/', $src)) $bad[] = 'PHP 8 type';
      echo implode("\\n", $bad);
    `;
    const run = spawnSync(PHP, ['-r', scan, `${DIR}sebaya-receiver.php`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '', `PHP 8 only: ${run.stdout}`);
  });

  test('the data folder ships its protection; the folder keeps Authorization and hides the config', () => {
    assert.match(readFileSync(`${DIR}data/.htaccess`, 'utf8'), /Require all denied/);
    assert.match(readFileSync(`${DIR}data/.htaccess`, 'utf8'), /Deny from all/);
    assert.ok(existsSync(`${DIR}data/index.html`));
    const htaccess = readFileSync(`${DIR}.htaccess`, 'utf8');
    assert.match(htaccess, /SetEnvIf Authorization "\(\.\+\)" HTTP_AUTHORIZATION=\$1/);
    assert.match(htaccess, /RewriteRule \.\* - \[E=HTTP_AUTHORIZATION:%\{HTTP:Authorization\}\]/);
    assert.match(htaccess, /FilesMatch "\^\(sebaya-config/);
    assert.match(readFileSync(`${DIR}.user.ini`, 'utf8'), /display_errors = Off/);
  });

  test('the sample config is valid PHP returning only known keys', () => {
    const run = spawnSync(PHP, ['-r', 'echo json_encode(include $argv[1]);', `${DIR}sebaya-config.sample.php`], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const keys = Object.keys(JSON.parse(run.stdout));
    const known = ['credentials', 'allowOrigins', 'retentionDays', 'maxBodyBytes', 'minPowBits', 'rateLimits'];
    for (const key of keys) assert.ok([...known, 'database', 'dbUser', 'dbPassword', 'tablePrefix'].includes(key), key);
    assert.ok(keys.includes('credentials') && keys.includes('allowOrigins'));
    const text = readFileSync(`${DIR}sebaya-config.sample.php`, 'utf8');
    assert.ok(text.indexOf('Konfigurasi') < text.indexOf('config —'), 'Bahasa Indonesia first');
  });

  test('credential CLI prints a new sbc_ credential and its sha256: line', () => {
    const one = spawnSync(PHP, [SCRIPT, 'credential'], { encoding: 'utf8' });
    const two = spawnSync(PHP, [SCRIPT, 'credential'], { encoding: 'utf8' });
    assert.equal(one.status, 0, one.stderr);
    const credential = /^(sbc_[A-Za-z0-9_-]{43})$/m.exec(one.stdout)?.[1];
    const line = /^(sha256:[0-9a-f]{64})$/m.exec(one.stdout)?.[1];
    assert.ok(credential && line, one.stdout);
    assert.equal(credential.length, 47);
    assert.equal(line, `sha256:${createHash('sha256').update(credential).digest('hex')}`);
    assert.ok(!two.stdout.includes(credential), 'a new one each time');
    const usage = spawnSync(PHP, [SCRIPT], { encoding: 'utf8' });
    assert.equal(usage.status, 1);
    assert.doesNotMatch(usage.stdout, /sbc_/);
  });
});

describe('PHP receiver under php -S (SQLite)', { skip, timeout: 120_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startPhpReceiver>>} */
  let php;
  /** @type {Awaited<ReturnType<typeof startPhpReceiver>>} */
  let pow;
  before(async () => {
    // A host that shows PHP errors as HTML: the script must still answer JSON only.
    const phpArgs = ['-d', 'display_errors=1', '-d', 'html_errors=1', '-d', 'error_reporting=-1'];
    php = await startPhpReceiver({
      config: { credentials: [LINE], rateLimits: false, allowOrigins: ['https://desa.example'] },
      phpArgs,
    });
    pow = await startPhpReceiver({ config: { rateLimits: false, minPowBits: 8 }, phpArgs });
  });
  after(async () => {
    await php?.stop();
    await pow?.stop();
  });

  test('a web request never reaches the credential CLI', async () => {
    for (const path of ['?credential', '/credential', '?argv=credential']) {
      const res = await fetch(`${php.url}${path}`);
      const text = await res.text();
      assert.ok([404, 405].includes(res.status), `${path}: ${res.status}`);
      assert.doesNotMatch(text, /sbc_|sha256:/);
    }
  });

  /** Same verdict (and reason) as the Node receiver's envelopeProblem, for envelopes without `request.reply`. */
  test('accepts and refuses the same envelopes as the Node receiver', async () => {
    /** @type {[string, any][]} */
    const cases = [];
    const values = [null, 0, 1, 1.5, -1, '', 'x', [], {}, true, false, 'A'.repeat(300)];
    for (const base of [unsealed, sealed]) {
      const keys = Object.keys(base());
      for (const key of keys) {
        const e = base();
        delete e[key];
        cases.push([`${base.name} without ${key}`, e]);
        for (const v of values)
          cases.push([`${base.name}.${key} = ${JSON.stringify(v).slice(0, 20)}`, { ...base(), [key]: v }]);
      }
      cases.push([`${base.name} + unknown`, { ...base(), extra: 1 }]);
      cases.push([`${base.name} + pow`, { ...base(), pow: { bits: 0, nonce: '1' } }]);
    }
    for (const key of ['topic', 'message', 'urgency', 'lang', 'contact'])
      for (const v of values)
        cases.push([`request.${key} = ${JSON.stringify(v).slice(0, 20)}`, unsealed({ [key]: v })]);
    for (const v of [...values, 'none', 'whatsapp', 'fax'])
      cases.push([`contact.method ${v}`, unsealed({ contact: { method: v } })]);
    for (const v of values) cases.push([`contact.value ${v}`, unsealed({ contact: { method: 'phone', value: v } })]);
    cases.push(['contact + unknown', unsealed({ contact: { method: 'none', x: 1 } })]);
    cases.push(['request + unknown', unsealed({ mood: 'ok' })]);
    // Lengths count UTF-16 units (JavaScript's String.length): an emoji is 2.
    for (const [key, max] of /** @type {const} */ ([
      ['topic', 200],
      ['lang', 35],
      ['message', 20_000],
    ])) {
      cases.push([`${key} at its limit`, unsealed({ [key]: 'é'.repeat(max) })]);
      cases.push([`${key} past its limit`, unsealed({ [key]: 'é'.repeat(max + 1) })]);
      cases.push([`${key} emoji at limit`, unsealed({ [key]: '😀'.repeat(max / 2) })]);
      cases.push([`${key} emoji past limit`, unsealed({ [key]: `${'😀'.repeat(max / 2)}a` })]);
    }
    cases.push(['contact.value 254', unsealed({ contact: { method: 'email', value: 'a'.repeat(254) } })]);
    cases.push(['contact.value 255', unsealed({ contact: { method: 'email', value: 'a'.repeat(255) } })]);
    for (const space of [' \n\t', '\u00a0', '\ufeff', '\u3000\u2028', '\u200b'])
      cases.push([`message ${JSON.stringify(space)}`, unsealed({ message: space })]);
    for (const id of [
      '3F2A9C1E-0B7D-4E8A-9C3B-5D6E7F8A9B0C',
      '3f2a9c1e-0b7d-1e8a-9c3b-5d6e7f8a9b0c',
      '3f2a9c1e-0b7d-4e8a-7c3b-5d6e7f8a9b0c',
    ])
      cases.push([`id ${id}`, unsealed({}, { id: id.replace('3f2a9c1e', crypto.randomUUID().slice(0, 8)) })]);
    for (const day of ['2026-02-30', '2026-13-01', '2026-1-01', '2026-01-01\n', '٢٠٢٦-01-01'])
      cases.push([`sentAt ${JSON.stringify(day)}`, unsealed({}, { sentAt: day })]);
    for (const enc of [b64(65, 4), b64(65, 2), b64(64, 4), b64(66, 4), `${b64(65, 4)}=`, '+/'.repeat(44)])
      cases.push([`enc ${enc.length}`, sealed({ enc })]);
    for (const ct of [b64(16), b64(17), 'a', 'abc$']) cases.push([`ct ${ct.length}`, sealed({ ct })]);
    cases.push(['sealed + request', sealed({ request: unsealed().request })]);
    cases.push(['unsealed + enc', unsealed({}, { enc: b64(65, 4) })]);
    for (const p of [
      { bits: 0, nonce: '1' },
      { bits: 1.5, nonce: '1' },
      { bits: 257, nonce: '1' },
      { bits: 3, nonce: '1'.repeat(17) },
      { bits: 3, nonce: 'x' },
      { bits: 3, nonce: '1', x: 1 },
      { bits: 3 },
      [],
    ])
      cases.push([`pow ${JSON.stringify(p)}`, unsealed({}, { pow: p })]);
    const mismatches = [];
    for (const [name, e] of cases) {
      const problem = envelopeProblem(e);
      const a = await postJson(php.url, e);
      assertClean(a, php.dir);
      const expected = problem === undefined ? 201 : 400;
      if (a.status !== expected || (problem && a.json?.error !== problem))
        mismatches.push(`${name}: Node ${problem ?? 'ok'}, PHP ${a.status} ${a.json?.error ?? ''}`);
    }
    assert.deepEqual(mismatches, []);
  });

  test('proof of work: the same verdicts as the Node receiver with minPowBits', async () => {
    const mismatches = [];
    for (let nonce = 0; nonce < 60; nonce++) {
      for (const bits of [8, 7, 12]) {
        const e = unsealed({}, { pow: { bits, nonce: String(nonce) } });
        const problem = envelopeProblem(e, { minPowBits: 8 });
        const a = await postJson(pow.url, e);
        if (a.status !== (problem ? 400 : 201) || (problem && a.json?.error !== problem))
          mismatches.push(`${nonce}/${bits}: Node ${problem ?? 'ok'}, PHP ${a.status} ${a.text}`);
      }
    }
    const missing = await postJson(pow.url, unsealed());
    assert.deepEqual([missing.status, missing.json?.error], [400, '"pow" is required']);
    assert.deepEqual(mismatches, []);
  });

  test('JSON the way JavaScript reads it: 1.0 is 1, a repeated key keeps the last, bad UTF-8 becomes U+FFFD', async () => {
    const e = unsealed();
    const text = JSON.stringify(e).replace('"v":1', '"v":1.0,"v":1e0');
    assert.equal((await postJson(php.url, text)).status, 201);
    const e2 = unsealed({ message: 'MARK' });
    const bytes = Buffer.from(JSON.stringify(e2));
    const at = bytes.indexOf('MARK');
    bytes[at] = 0xff;
    const a = await postJson(php.url, new Uint8Array(bytes));
    assert.equal(a.status, 201, a.text);
    const item = await (await fetch(`${php.url}/inbox/${e2.id}`, { headers: AUTH })).json();
    assert.equal(item.envelope.request.message, '\ufffdARK');
    const pow = await postJson(
      php.url,
      JSON.stringify(unsealed()).replace('"v":1', '"v":1,"pow":{"bits":2.0,"nonce":"5"}'),
    );
    assert.equal(pow.status, 201);
  });

  test('request.reply: accepted and kept when well formed, refused otherwise', async () => {
    const reply = { key: b64(65, 4), token: b64(16) };
    const ok = unsealed({ reply });
    assert.equal((await postJson(php.url, ok)).status, 201);
    const item = await (await fetch(`${php.url}/inbox/${ok.id}`, { headers: AUTH })).json();
    assert.deepEqual(item.envelope.request.reply, reply);
    assert.deepEqual(item.envelope, ok);
    const bad = [
      { ...reply, x: 1 },
      { key: reply.key },
      { token: reply.token },
      { key: b64(65, 3), token: reply.token },
      { key: b64(64, 4), token: reply.token },
      { key: reply.key, token: b64(17) },
      { key: reply.key, token: `${reply.token.slice(0, 21)}+` },
      [],
      null,
      'x',
    ];
    for (const r of bad) {
      const a = await postJson(php.url, unsealed({ reply: r }));
      assert.equal(a.status, 400, JSON.stringify(r));
      assertClean(a, php.dir);
    }
    const top = await postJson(php.url, sealed({ reply }));
    assert.deepEqual([top.status, top.json?.error], [400, 'unknown field "reply"']);
  });

  test('hostile requests: a 4xx JSON error, never HTML, a warning, a path or a 5xx', async () => {
    const E = php.url;
    const id = crypto.randomUUID();
    const path = new URL(E).pathname;
    /** @type {[string, string | Buffer][]} */
    const raw = [
      // php -S itself drops a Content-Length it cannot read (no answer at all): a real body past post_max_size.
      [
        'past post_max_size',
        `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9000000\r\nConnection: close\r\n\r\n${' '.repeat(9_000_000)}`,
      ],
      [
        'NUL in a key',
        `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 13\r\nConnection: close\r\n\r\n{"\\u0000a":1}`,
      ],
      [
        'encoded slash',
        `GET ${path}/inbox/a%2fb%2fdelete%2f%2e%2e HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${CREDENTIAL}\r\nConnection: close\r\n\r\n`,
      ],
      [
        'NUL in the path',
        `GET ${path}/inbox/%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${CREDENTIAL}\r\nConnection: close\r\n\r\n`,
      ],
      [
        'long path',
        `GET ${path}/inbox/${'a'.repeat(5000)} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${CREDENTIAL}\r\nConnection: close\r\n\r\n`,
      ],
      ['odd method', `PATCH ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
      [
        'array query',
        `GET ${path}/inbox?after[]=1&limit[x]=2 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${CREDENTIAL}\r\nConnection: close\r\n\r\n`,
      ],
      [
        'huge credential',
        `GET ${path}/inbox HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'x'.repeat(6000)}\r\nConnection: close\r\n\r\n`,
      ],
    ];
    for (const [name, request] of raw) {
      const a = await rawHttp(E, request);
      assert.ok(a.status >= 400 && a.status < 500, `${name}: ${a.status} ${a.body.slice(0, 200)}`);
      assertClean(a, php.dir, name);
    }
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    /** @type {[string, string, RequestInit][]} */
    const fetches = [
      ['bad JSON', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
      ['deep JSON', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep }],
      ['too large', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(70_000) }],
      [
        'text/plain',
        '',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(unsealed()) },
      ],
      ['GET E', '', { method: 'GET' }],
      ['DELETE E', '', { method: 'DELETE' }],
      ['unknown route', '/nope', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      [
        'replies bad',
        '/replies',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":5,"token":[]}' },
      ],
      ['replies array', '/replies', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }],
      ['replies deep', '/replies', { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep }],
      ['replies GET', '/replies', { method: 'GET' }],
      ['inbox PUT', '/inbox', { method: 'PUT', headers: AUTH }],
      ['limit 0', '/inbox?limit=0', { headers: AUTH }],
      ['limit 501', '/inbox?limit=501', { headers: AUTH }],
      ['after -1', '/inbox?after=-1', { headers: AUTH }],
      ['after text', '/inbox?after=abc', { headers: AUTH }],
      [
        'handled text',
        `/inbox/${id}/handled`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{"handled":"yes"}' },
      ],
      [
        'handled plain',
        `/inbox/${id}/handled`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'text/plain' }, body: '{"handled":true}' },
      ],
      [
        'handled deep',
        `/inbox/${id}/handled`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: deep },
      ],
      [
        'handled unknown id',
        `/inbox/${id}/handled`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{"handled":true}' },
      ],
      ['handled GET', `/inbox/${id}/handled`, { headers: AUTH }],
      [
        'reply junk',
        `/inbox/${id}/reply`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{"id":1}' },
      ],
      [
        'delete junk',
        `/inbox/${id}/delete`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{"x":1}' },
      ],
      [
        'delete array',
        `/inbox/${id}/delete`,
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '[]' },
      ],
      [
        'forget junk',
        '/inbox/forget',
        { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{"code":"../etc"}' },
      ],
      ['unknown action', `/inbox/${id}/burn`, { method: 'POST', headers: AUTH }],
      ['not a uuid', '/inbox/123', { headers: AUTH }],
      ['wrong credential', '/inbox', { headers: { authorization: 'Bearer sbc_nope' } }],
      ['basic auth', '/inbox', { headers: { authorization: 'Basic YTpi' } }],
    ];
    for (const [name, route, init] of fetches) {
      const res = await fetch(`${E}${route}`, init);
      const a = { status: res.status, headers: res.headers, text: await res.text() };
      assert.ok(a.status >= 400 && a.status < 500, `${name}: ${a.status} ${a.text.slice(0, 200)}`);
      assertClean(a, php.dir, name);
    }
    // PHP's own start-up warning for a body past post_max_size is logged (not shown) before the script runs.
    const log = php
      .output()
      .split('\n')
      .filter((line) => !line.includes('PHP Request Startup: POST Content-Length'))
      .join('\n');
    assert.doesNotMatch(log, /PHP (Warning|Notice|Deprecated|Fatal)/, log.slice(-2000));
  });

  test('CORS only for the listed origin; never credentials', async () => {
    const listed = await fetch(`${php.url}/inbox`, { method: 'OPTIONS', headers: { origin: 'https://desa.example' } });
    assert.equal(listed.status, 204);
    assert.equal(listed.headers.get('access-control-allow-origin'), 'https://desa.example');
    assert.equal(listed.headers.get('access-control-allow-headers'), 'Authorization, Content-Type');
    assert.equal(listed.headers.get('content-type'), null);
    const other = await fetch(php.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    assert.equal(other.status, 204);
    assert.deepEqual(
      [...other.headers.keys()].filter((k) => k.startsWith('access-control')),
      [],
    );
    const post = await postJson(php.url, unsealed(), { origin: 'https://desa.example' });
    assert.equal(post.headers.get('access-control-allow-origin'), 'https://desa.example');
    assert.equal(post.headers.get('access-control-allow-credentials'), null);
  });

  test('200 concurrent copies of one envelope: one 201, 199 409', async () => {
    const e = sealed();
    const answers = await Promise.all(Array.from({ length: 200 }, () => postJson(php.url, e)));
    const count = (/** @type {number} */ s) => answers.filter((a) => a.status === s).length;
    assert.deepEqual([count(201), count(409)], [1, 199], answers.map((a) => a.status).join(','));
  });

  test('the log has one short line per refusal: no body, token, credential or address', () => {
    const ours = php
      .output()
      .split('\n')
      .filter((l) => l.includes('sebaya receiver:'));
    assert.ok(ours.length > 10);
    for (const line of ours) {
      assert.doesNotMatch(line, /Saya butuh|sbc_|AB12|Bearer|<|\/tmp/, line);
      assert.ok(line.replace(/^\[[^\]]*\] \[[^\]]*\] /, '').length < 140, line);
    }
  });
});

describe('PHP receiver: misconfigured', { skip, timeout: 60_000 }, () => {
  test('the SQLite file inside the web folder of a server that ignores .htaccess: 503, the reason only for the owner', async () => {
    const php = await startPhpReceiver({ config: { credentials: [LINE], database: 'sqlite:PLACEHOLDER' } });
    try {
      // Rewrite the config: the database in the docroot (php -S serves every file there).
      const { writeFileSync } = await import('node:fs');
      const { phpConfig } = await import('./php-harness.mjs');
      writeFileSync(
        php.configFile,
        phpConfig({ credentials: [LINE], database: `sqlite:${php.docroot}/data/s.sqlite` }),
      );
      const visitor = await postJson(php.url, unsealed());
      assert.equal(visitor.status, 503);
      assert.equal(visitor.headers.get('retry-after'), '30');
      assert.deepEqual(visitor.json, { error: 'the receiver is not available; try again later' });
      const stranger = await fetch(`${php.url}/inbox`, { headers: { authorization: 'Bearer sbc_wrong' } });
      assert.deepEqual(await stranger.json(), { error: 'the receiver is not available; try again later' });
      const owner = await fetch(`${php.url}/inbox`, { headers: AUTH });
      const text = await owner.text();
      assert.equal(owner.status, 503);
      assert.match(JSON.parse(text).error, /^receiver misconfigured: .*outside public_html/);
      assertClean({ status: 503, headers: owner.headers, text }, php.dir);
      assert.ok(!existsSync(`${php.docroot}/data/s.sqlite`), 'no database was made in the web folder');
    } finally {
      await php.stop();
    }
  });

  test('a config hash that is not sha256:<64 hex>: 503 on coordinator routes, requests still taken', async () => {
    const php = await startPhpReceiver({ config: { credentials: [LINE, 'sha256:abc'], rateLimits: false } });
    try {
      const owner = await fetch(`${php.url}/inbox`, { headers: AUTH });
      assert.equal(owner.status, 503);
      assert.match((await owner.json()).error, /credentials\[1\]/);
      const anyone = await fetch(`${php.url}/inbox`);
      assert.equal(anyone.status, 503);
      assert.doesNotMatch(await anyone.text(), /credentials/);
      assert.equal((await postJson(php.url, unsealed())).status, 201);
    } finally {
      await php.stop();
    }
  });

  test('a broken config file or a bad value: 503 everywhere, never the PHP error', async () => {
    const php = await startPhpReceiver({ config: { rateLimits: false } });
    try {
      const { writeFileSync } = await import('node:fs');
      for (const text of [
        '<?php return [',
        '<?php echo "hello"; return 5;',
        '<?php return ["retentionDays" => 0];',
        '<?php return ["allowOrigin" => ["*"]];',
      ]) {
        writeFileSync(php.configFile, text);
        const res = await postJson(php.url, unsealed());
        assert.equal(res.status, 503, text);
        assertClean({ status: res.status, headers: res.headers, text: res.text }, php.dir);
        assert.doesNotMatch(res.text, /hello/);
      }
    } finally {
      await php.stop();
    }
  });
});
