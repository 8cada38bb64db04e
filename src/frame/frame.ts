/**
 * Frame pages: `dist/frame/<element>.html?config=<url>&lang=id&theme=dark` show one element on a
 * page of its own, for hosts that strip scripts but allow an iframe, and for teams who want the
 * support form isolated from the scripts of their own site. The page reports its height to the
 * host (`postMessage({ type: 'sebaya:frame-size', height })`), which sebaya.js on the host uses to
 * size `<iframe data-sebaya-frame>` to its content.
 *
 * Plain DOM code with no imports: it sits beside sebaya.js and shares no chunk with it.
 */
const ELEMENTS = ['calendar', 'support-form', 'quiz', 'directory', 'crisis-help', 'inbox'] as const;

function start(): void {
  const name = document.documentElement.dataset.sebayaFrame ?? '';
  if (!(ELEMENTS as readonly string[]).includes(name)) return;
  const params = new URLSearchParams(location.search);
  const el = document.createElement(`sebaya-${name}`);
  const config = params.get('config');
  // Only http(s) configs, resolved against the frame page; anything else is left out (the element then says what it needs).
  if (config) {
    try {
      const url = new URL(config, location.href);
      if (url.protocol === 'https:' || url.protocol === 'http:') el.setAttribute('src', url.href);
    } catch {
      // not a URL: no src
    }
  }
  for (const attr of ['lang', 'theme', 'layout', 'view']) {
    const value = params.get(attr);
    if (value && /^[\w-]{1,20}$/.test(value)) el.setAttribute(attr, value);
  }
  if (params.get('lang')) document.documentElement.lang = params.get('lang') ?? 'id';
  document.body.append(el);

  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'sebaya:frame-size', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
