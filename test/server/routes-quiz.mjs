// Test-server routes for <sebaya-quiz> tests (see plugins.mjs: route(name, handler)).
//
// A real stats receiver: POST /__test__/quiz-stats?bucket=<name>[&fail=1][&delay=ms] records the
// body it receives (and its content type) under the bucket, then answers 204 — or 500 when `fail`
// is set. GET /__test__/quiz-stats-received?bucket=<name> lists what that bucket received.
import { route } from './plugins.mjs';

/** bucket → [{ type, body }] */
const received = new Map();

async function readBody(ctx) {
  if (ctx.request.body !== undefined && typeof ctx.request.body === 'string') return ctx.request.body;
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

route('quiz-stats', async (ctx, url) => {
  const bucket = url.searchParams.get('bucket') ?? 'default';
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    ctx.body = 'POST only';
    return;
  }
  const body = await readBody(ctx);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  const list = received.get(bucket) ?? [];
  list.push({ type: ctx.get('content-type'), cookie: ctx.get('cookie'), referer: ctx.get('referer'), body });
  received.set(bucket, list);
  if (url.searchParams.get('fail')) {
    ctx.status = 500;
    ctx.body = 'stats store is down';
    return;
  }
  ctx.status = 204;
});

route('quiz-stats-received', (ctx, url) => {
  const bucket = url.searchParams.get('bucket') ?? 'default';
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(received.get(bucket) ?? []);
});
