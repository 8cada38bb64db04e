/**
 * `<sebaya-support-form>` sealing: a 4,000-character request sealed with HPKE to a P-256 public
 * JWK (import of the key included, as the form does it), median and 95th percentile of 40 runs
 * after a warm-up. Budget: 20 ms.
 */
import { newId, type SupportRequest } from '../src/support-form/model/request.js';
import { sealEnvelope } from '../src/support-form/model/seal.js';
import { median, p95, type BenchResult } from './types.js';

const BUDGET_MS = 20;

export async function run(): Promise<BenchResult[]> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicKey = { kty: 'EC', crv: 'P-256', x: x!, y: y! } as const;
  // Indonesian text with a few multi-byte characters, 4,000 characters long.
  const sentence = 'Saya sulit tidur sejak panen gagal, dan saya merasa sendirian — tolong hubungi saya. ';
  const message = sentence.repeat(Math.ceil(4_000 / sentence.length)).slice(0, 4_000);
  const request: SupportRequest = {
    topic: 'anxiety',
    message,
    urgency: 'soon',
    lang: 'id',
    contact: { method: 'code', value: 'AB12-CD34' },
  };
  for (let i = 0; i < 5; i += 1) await sealEnvelope({ id: newId(), sentAt: '2026-11-29' }, request, publicKey);
  const samples: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const t0 = performance.now();
    await sealEnvelope({ id: newId(), sentAt: '2026-11-29' }, request, publicKey);
    samples.push(performance.now() - t0);
  }
  return [
    {
      name: 'support-form: seal a 4,000-character request (median)',
      value: median(samples),
      unit: 'ms',
      budget: BUDGET_MS,
    },
    { name: 'support-form: seal a 4,000-character request (p95)', value: p95(samples), unit: 'ms', budget: BUDGET_MS },
  ];
}
