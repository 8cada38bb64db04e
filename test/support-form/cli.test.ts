import { expect } from '@open-wc/testing';
import { newId, plainEnvelope } from '../../src/support-form/model/request.js';
import { sealEnvelope } from '../../src/support-form/model/seal.js';
import { testKeys } from './helpers.js';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, { text: string; mode: number }>;
}
/** Runs `sebaya <args>` (bin/sebaya.mjs main) on the test server, in a fresh temp dir. */
async function sebaya(
  args: string[],
  options: { stdin?: string; files?: Record<string, string> } = {},
): Promise<CliRun> {
  const res = await fetch('/__test__/support-form-cli', { method: 'POST', body: JSON.stringify({ args, ...options }) });
  return (await res.json()) as CliRun;
}

const request = {
  topic: 'family',
  message: 'Bapak saya minum terus.\nSaya takut.',
  urgency: 'soon',
  lang: 'id',
  contact: { method: 'whatsapp', value: '+62 812 0000 0000' },
} as const;

describe('bin/sebaya.mjs (the team CLI)', () => {
  it('keygen writes a private key file readable only by its owner and prints the public JWK; it never overwrites', async () => {
    const run = await sebaya(['keygen', '--out', '{dir}/key.json']);
    expect(run.code).to.equal(0);
    const file = JSON.parse(run.files['key.json']!.text) as { privateKey: JsonWebKey; publicKey: JsonWebKey };
    expect(run.files['key.json']!.mode).to.equal(0o600);
    const printed = JSON.parse(run.stdout) as JsonWebKey;
    expect(printed).to.deep.equal(file.publicKey);
    expect(printed).to.not.have.property('d');
    expect(file.privateKey.d).to.be.a('string');
    expect(run.stderr).to.contain('Keep it secret');
    // The printed key is what the form accepts and seals to; the written key opens it.
    const id = newId();
    const sealed = await sealEnvelope({ id, sentAt: '2026-11-29' }, request, printed as never);
    const open = await sebaya(['open', '{dir}/in.jsonl', '--key', '{dir}/key.json', '--json'], {
      files: { 'in.jsonl': JSON.stringify(sealed), 'key.json': run.files['key.json']!.text },
    });
    expect(open.code).to.equal(0);
    expect(JSON.parse(open.stdout)).to.deep.equal({ id, sentAt: '2026-11-29', sealed: true, request });
    const again = await sebaya(['keygen', '--out', '{dir}/key.json'], { files: { 'key.json': '{}' } });
    expect(again.code).to.equal(1);
    expect(again.stderr).to.contain('not overwriting');
  });

  it('open reads a JSON array or JSON lines from a file or stdin, prints each request, and reports what it skips', async () => {
    const { publicKey } = await testKeys();
    const a = newId();
    const b = newId();
    const sealedA = await sealEnvelope({ id: a, sentAt: '2026-11-28' }, request, publicKey);
    const plainB = plainEnvelope(b, '2026-11-29', { ...request, contact: { method: 'none' } });
    const array = JSON.stringify([sealedA, plainB, { v: 1, id: 'x', sealed: true, suite: 'nope' }]);
    const fromFile = await sebaya(['open', '{dir}/received.json', '--key', '{testkey}'], {
      files: { 'received.json': array },
    });
    expect(fromFile.code).to.equal(2);
    expect(fromFile.stdout).to.contain(`id ${a}`);
    expect(fromFile.stdout).to.contain('[sealed]');
    expect(fromFile.stdout).to.contain('[NOT sealed]');
    expect(fromFile.stdout).to.contain('  Bapak saya minum terus.\n  Saya takut.');
    expect(fromFile.stdout).to.contain('contact: whatsapp +62 812 0000 0000');
    expect(fromFile.stderr).to.contain('skipped item 3 (id x): unknown suite');
    expect(fromFile.stderr).to.contain('2 opened, 1 skipped');
    const fromStdin = await sebaya(['open', '-', '--key', '{testkey}', '--json'], {
      stdin: `${JSON.stringify(sealedA)}\nthis is not json\n${JSON.stringify(plainB)}\n`,
    });
    expect(
      fromStdin.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).to.deep.equal([a, b]);
    expect(fromStdin.stderr).to.contain('skipped line 2: not JSON');
  });

  it('open never lets a message drive the terminal (control characters are shown escaped)', async () => {
    const { publicKey } = await testKeys();
    const sealed = await sealEnvelope(
      { id: newId(), sentAt: '2026-11-29' },
      { ...request, message: 'hi\u001b[2J\u001b]0;pwned\u0007\u009b31m' },
      publicKey,
    );
    for (const json of [false, true]) {
      const run = await sebaya(['open', '-', '--key', '{testkey}', ...(json ? ['--json'] : [])], {
        stdin: JSON.stringify(sealed),
      });
      expect(run.code).to.equal(0);
      // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
      expect(run.stdout).not.to.match(/[\u001b\u0007\u009b]/);
      expect(run.stdout).to.contain(json ? '\\u001b[2J' : '\\u{1b}[2J');
      if (json)
        expect((JSON.parse(run.stdout) as { request: { message: string } }).request.message).to.equal(
          'hi\u001b[2J\u001b]0;pwned\u0007\u009b31m',
        );
    }
  });

  it('open refuses to run without a usable private key', async () => {
    const run = await sebaya(['open', '-', '--key', '{dir}/missing.json'], { stdin: '[]' });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('cannot read the private key');
    const pub = await sebaya(['open', '-', '--key', '{dir}/pub.json'], {
      stdin: '[]',
      files: { 'pub.json': JSON.stringify((await testKeys()).publicKey) },
    });
    expect(pub.code).to.equal(1);
    expect(pub.stderr).to.contain('not a P-256 private key');
  });
});
