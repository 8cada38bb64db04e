// Test-server routes for <sebaya-directory> tests (see plugins.mjs: route(name, handler)).
// /__test__/directory-feed?case=<name> answers like a team's published list would, faults included.
import { readFile } from 'node:fs/promises';
import { commonFault, route } from './plugins.mjs';

const fixture = (name) => readFile(new URL(`../fixtures/directory/${name}`, import.meta.url), 'utf8');

const JSON_FEED = {
  resources: [
    {
      id: 'feed-pkm-playen',
      name: 'Puskesmas Playen I',
      categories: ['puskesmas'],
      area: '34.03.03',
      phones: [{ number: '0274 000 001', kind: 'voice' }],
    },
    {
      id: 'feed-peer',
      name: { id: 'Kelompok Sebaya Ngunut', en: 'Ngunut peer group' },
      categories: ['peer-support'],
      area: '34.03.03.2006',
    },
  ],
};

const CSV_FEED = [
  'name,categories,area,phone,whatsapp,hours,free,languages,last_verified',
  'Puskesmas Wonosari I,puskesmas,Wonosari,(0274) 000002,,mo-sa 07:30-14:00,ya,id;jv,2025-01-15',
  '"Konseling Remaja ""Sebaya""",counselling;peer-support,Playen,,0812-0000-0003,sa 09:00-12:00,gratis,id,15/06/2025',
].join('\r\n');

/** `flaky`: the first request of an `id` gets the CSV list, every later one a 503 (the network failed). */
const flaky = new Map();

route('directory-feed', async (ctx, url) => {
  const c = url.searchParams.get('case');
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 5_000)));
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  switch (c) {
    case 'json':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(JSON_FEED);
      return;
    case 'json-array':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(JSON_FEED.resources);
      return;
    case 'json-some-bad':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify([
        JSON_FEED.resources[0],
        { id: 'no-name' },
        { id: 'bad-link', name: 'Bad link', website: 'javascript:alert(1)' },
      ]);
      return;
    case 'json-not-list':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hello: 'world' });
      return;
    case 'json-syntax':
      ctx.type = 'application/json';
      ctx.body = '[{"id": "a", "name": "A",}]';
      return;
    case 'csv':
      ctx.type = 'text/csv';
      ctx.body = CSV_FEED;
      return;
    case 'flaky': {
      const id = url.searchParams.get('id') ?? '';
      const n = (flaky.get(id) ?? 0) + 1;
      flaky.set(id, n);
      if (n > 1) {
        ctx.status = 503;
        ctx.body = 'unavailable';
        return;
      }
      ctx.type = 'text/csv';
      ctx.body = CSV_FEED;
      return;
    }
    case 'csv-no-name':
      ctx.type = 'text/csv';
      ctx.body = 'title,phone\nSomething,0812\n';
      return;
    case 'csv-html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><p>Sign in to continue</p>';
      return;
    case 'hsds':
      ctx.type = 'application/json';
      ctx.body = await fixture('hsds/service_full.json');
      return;
    case 'hsds-not':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ version: '3.0' });
      return;
    default:
      if (commonFault(ctx, c)) return;
      ctx.status = 400;
      ctx.body = 'unknown case';
  }
});
