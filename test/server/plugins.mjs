// Test-server routes that play the network for the tests: config files with chosen faults,
// and (later) receivers. Each route is a real HTTP answer from web-test-runner's own server.
const routes = new Map();

/** Register `GET /__test__/<name>` handlers. Each gets (ctx, url) and sets ctx.status/ctx.body. */
export function route(name, handler) {
  routes.set(name, handler);
}

/** Answers the faults every route shares (`404`, `500`, `html`); false if `name` is none of them. */
export function commonFault(ctx, name) {
  switch (name) {
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Page not found</p>';
      return true;
    case '404':
      ctx.status = 404;
      ctx.body = 'missing';
      return true;
    case '500':
      ctx.status = 500;
      ctx.body = 'boom';
      return true;
    default:
      return false;
  }
}

let hits = new Map();

route('config', async (ctx, url) => {
  // /__test__/config?case=<name>&delay=<ms>&id=<counter key>[&body=<JSON, for case=body>]
  const key = url.searchParams.get('id') ?? url.searchParams.get('case') ?? '';
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  const c = url.searchParams.get('case');
  ctx.set('Cache-Control', 'no-store');
  if (commonFault(ctx, c)) return;
  switch (c) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        locale: 'en',
        crisis: { lines: [{ name: 'From URL', phone: '119', extension: '8' }] },
        calendar: {},
      });
      return;
    case 'body':
      // The config given in `body` (JSON text), served after `delay`: a slow config of a test's own.
      ctx.type = 'application/json';
      ctx.body = url.searchParams.get('body') ?? '{}';
      return;
    case 'flaky':
      // 500 on the first request for an id, then a good config.
      if (hits.get(key) === 1) {
        ctx.status = 500;
        ctx.body = 'try later';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ calendar: { title: 'Second time lucky' } });
      return;
    case 'alt':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ crisis: { lines: [{ name: 'Alternative line', phone: '112' }] } });
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{\n  "locale": "id",\n  "crisis": { "lines": [ }\n}';
      return;
    case 'huge': {
      ctx.type = 'application/json';
      const pad = 'x'.repeat(3 * 1024 * 1024);
      ctx.body = JSON.stringify({ locale: 'id', padding: pad });
      return;
    }
    default:
      ctx.status = 400;
      ctx.body = 'unknown case';
  }
});

route('hits', (ctx, url) => {
  const key = url.searchParams.get('id') ?? '';
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ count: hits.get(key) ?? 0 });
});

route('reset', (ctx) => {
  hits = new Map();
  ctx.body = 'ok';
});

/** Koa middleware for web-test-runner: answers `/__test__/<route>` and passes everything else on. */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const url = new URL(ctx.url, 'http://localhost');
  const name = ctx.path.slice('/__test__/'.length).split('/')[0];
  const handler = routes.get(name);
  if (!handler) {
    ctx.status = 404;
    ctx.body = 'no such test route';
    return undefined;
  }
  return handler(ctx, url);
}

// A config that works while `up` is true and fails with a network-level drop while it is not.
let switchable = true;
route('switch', (ctx, url) => {
  if (url.searchParams.has('up')) {
    switchable = url.searchParams.get('up') === '1';
    ctx.body = 'ok';
    return;
  }
  if (!switchable) {
    ctx.status = 503;
    ctx.body = 'down';
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ locale: 'en', calendar: { title: 'Saved copy' } });
});
