// Test-server routes for <sebaya-calendar> tests (see plugins.mjs: route(name, handler)).
// /__test__/calendar-feed?case=<name>: feeds with chosen faults, answered by the real test server.
import { commonFault, route } from './plugins.mjs';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Sebaya tests//EN',
  'BEGIN:VEVENT',
  'UID:remote-1@test',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;TZID=Asia/Jakarta:20261205T080000',
  'DTEND;TZID=Asia/Jakarta:20261205T100000',
  'SUMMARY:Kegiatan dari umpan',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const hits = new Map();

route('calendar-feed', async (ctx, url) => {
  ctx.set('Cache-Control', 'no-store');
  const id = url.searchParams.get('id') ?? '';
  hits.set(id, (hits.get(id) ?? 0) + 1);
  const c = url.searchParams.get('case');
  switch (c) {
    case 'flaky':
      // Answers once, then fails like a server that went down.
      if (hits.get(id) === 1) {
        ctx.type = 'text/calendar';
        ctx.body = ICS;
      } else ctx.status = 503;
      return;
    case 'ok':
      // Readable from any origin.
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'text/calendar';
      ctx.body = ICS;
      return;
    case 'nocors':
      // What Google Calendar's public ICS URLs do: a valid file with no CORS header.
      ctx.type = 'text/calendar';
      ctx.body = ICS;
      return;
    case 'html':
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><p>Sign in to continue</p>';
      return;
    case 'json':
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        events: [
          { id: 'json-1', title: 'Latihan PFA', start: '2026-12-15T09:00', end: '2026-12-15T12:00' },
          { id: 'json-bad', title: 'Rusak', start: '2026-13-45' },
        ],
      });
      return;
    case 'hostile':
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'text/calendar';
      ctx.body = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Sebaya tests//EN',
        'BEGIN:VEVENT',
        'UID:hostile@test',
        'DTSTAMP:20261101T000000Z',
        'DTSTART;VALUE=DATE:20261204',
        'SUMMARY:<img src=x onerror=alert(1)>',
        'DESCRIPTION:Klik javascript:alert(2) atau data:text/html\\,<script>alert(3)</script>',
        'URL:javascript:alert(1)',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
      return;
    default:
      if (commonFault(ctx, c)) return;
      ctx.status = 404;
      ctx.body = 'unknown case';
  }
});
