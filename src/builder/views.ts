/** The builder's side panels: export, import, "how to put it on your site", and the live preview. */
import { html, nothing } from 'lit';
import { DEFAULT_QUICK_EXIT_URL } from '../core/crisis-lines.js';
import { safeUrl, telUrl, whatsappUrl } from '../core/safe-url.js';
import { downloadFile } from '../core/download.js';
import { locateJsonError } from '../core/config/json-error.js';
import { lineColumn } from './fields.js';
import type { builderT } from './messages.js';
import { toFragment, type Config } from './model.js';
import { builtInLines, crisisWords } from './crisis-words.js';
import type { Problem } from './tasks.js';

/** What the panels need of <sebaya-builder> (an interface, so this module does not import it). */
export interface SebayaBuilder {
  readonly config: Config;
  readonly previewConfig: Config;
  readonly uiLang: 'id' | 'en';
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly saveFailed: boolean;
  readonly previous: Config | undefined;
  notice: { readonly text: string; readonly undo?: () => void } | undefined;
  preview: { lang: 'id' | 'en'; theme: 'light' | 'dark'; width: 360 | 1280 };
  embedUrl: string;
  requestUpdate(): void;
  importConfig(config: Config): void;
  undoImport(): void;
}

/** The error summary: every problem, each a link that focuses its field. */
export function summaryView(errors: readonly Problem[], alert: boolean, t: T, go: (path: string) => void) {
  if (!errors.length) return nothing;
  return html`<div class="summary" tabindex="-1" role=${alert ? 'alert' : 'region'} aria-labelledby="summary-h">
    <h2 id="summary-h">${t('summary')}</h2>
    <p>${t('summaryCount', { count: errors.length })}</p>
    <ul>
      ${errors.map(
        (p) =>
          html`<li>
            <a
              href=${`#${p.path}`}
              @click=${(e: Event) => {
                e.preventDefault();
                go(p.path);
              }}
              >${p.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

type T = ReturnType<typeof builderT>;

async function copyText(host: SebayaBuilder, text: string, t: T): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    host.notice = { text: t('copied') };
  } catch {
    host.notice = { text: t('copyFailed') };
  }
}

export const configJson = (config: Config): string => `${JSON.stringify(config, null, 2)}\n`;

export function shareLink(config: Config): string {
  const here = new URL(globalThis.location.href);
  here.hash = toFragment(config).slice(1);
  return here.href;
}

export function exportView(host: SebayaBuilder, t: T) {
  return html`<section class="panel" aria-labelledby="export-h">
    <h2 id="export-h">${t('exportTitle')}</h2>
    <p>${host.saveFailed ? t('notSaved') : t('saved')}</p>
    <div class="buttons">
      <button
        type="button"
        class="download"
        @click=${() => downloadFile(host.renderRoot, 'sebaya.json', 'application/json', configJson(host.config))}
      >
        ${t('download')}
      </button>
      <button type="button" class="copy" @click=${() => copyText(host, configJson(host.config), t)}>${t('copy')}</button>
      <button type="button" class="share" aria-describedby="share-hint" @click=${() => copyText(host, shareLink(host.config), t)}>
        ${t('share')}
      </button>
    </div>
    <p class="hint" id="share-hint">${t('shareHint')}</p>
  </section>`;
}

/** Reads pasted or chosen JSON; a located message when it is not a config. */
export function readConfig(text: string, t: T): { config: Config } | { error: string } {
  const located = locateJsonError(text);
  if (located) return { error: t('badJson', lineColumn(text, located.offset)) };
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: t('notConfig') };
  return { config: value as Config };
}

let importError = '';

/** The plain file/paste controls hold the owner's text, a chosen file, or the focus. */
function plainImportInUse(host: SebayaBuilder): boolean {
  const root = host.renderRoot;
  const text = root.querySelector<HTMLTextAreaElement>('#import-text');
  const file = root.querySelector<HTMLInputElement>('#import-file');
  const active = root instanceof ShadowRoot ? root.activeElement : null;
  return Boolean(text?.value || file?.files?.length || (active && (active === text || active === file)));
}

export function importView(host: SebayaBuilder, t: T) {
  const take = (text: string) => {
    const read = readConfig(text, t);
    if ('error' in read) {
      importError = read.error;
      host.requestUpdate();
      return;
    }
    importError = '';
    host.importConfig(read.config);
  };
  // The importer of helper I, when it is loaded, brings migration of older configs. It is a lazy
  // chunk: it takes the plain controls' place when it arrives, unless the owner has begun with them.
  const importer =
    customElements.get('sebaya-import') && !plainImportInUse(host)
      ? html`<sebaya-import
        kind="config"
        lang=${host.uiLang}
        @sebaya-import=${(e: CustomEvent<{ items: unknown[] }>) => {
          const config = e.detail.items[0];
          if (config && typeof config === 'object') host.importConfig(config as Config);
        }}
      ></sebaya-import>`
      : html`<label for="import-file">${t('importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          @change=${async (e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) take(await file.text());
          }}
        />
        <label for="import-text">${t('importPaste')}</label>
        <textarea
          id="import-text"
          rows="4"
          spellcheck="false"
          aria-describedby=${importError ? 'import-error' : nothing}
          aria-invalid=${importError ? 'true' : nothing}
        ></textarea>
        ${importError ? html`<p class="error" id="import-error" role="alert">${importError}</p>` : nothing}
        <button
          type="button"
          class="import"
          @click=${() => take((host.renderRoot.querySelector('#import-text') as HTMLTextAreaElement).value)}
        >
          ${t('importGo')}
        </button>`;
  return html`<section class="panel" aria-labelledby="import-h">
    <h2 id="import-h">${t('importTitle')}</h2>
    ${importer}
    ${
      host.previous
        ? html`<button type="button" class="undo-import" @click=${() => host.undoImport()}>${t('undoImport')}</button>`
        : nothing
    }
  </section>`;
}

const ELEMENTS: readonly [section: string, tag: string, frame: string][] = [
  ['crisis', 'sebaya-crisis-help', 'crisis-help'],
  ['calendar', 'sebaya-calendar', 'calendar'],
  ['supportForm', 'sebaya-support-form', 'support-form'],
  ['quiz', 'sebaya-quiz', 'quiz'],
  ['directory', 'sebaya-directory', 'directory'],
];

/** The elements a config sets up (the crisis panel always: it shows the national lines). */
export function elementsOf(config: Config): (typeof ELEMENTS)[number][] {
  return ELEMENTS.filter(([section]) => section === 'crisis' || config[section] !== undefined);
}

/**
 * The config as JSON that is also safe inside XML and HTML: `&`, `<` and `>` written as JSON's own
 * `\u0026`, `\u003c`, `\u003e` escapes (they only occur inside strings), so it reads back the same.
 */
export const xmlSafeJson = (config: Config): string =>
  JSON.stringify(config, null, 2).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/**
 * Links to the config's first two crisis lines (or the national ones) and its quick exit, as HTML
 * for a snippet: `tel:` and WhatsApp links through the elements' own URL rules, text escaped.
 */
export function crisisFallback(config: Config, lang: string, attr: (s: string) => string): string {
  const crisis = (config.crisis ?? {}) as { lines?: Record<string, unknown>[]; quickExitUrl?: unknown };
  const word = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const text = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
    const shown = text[lang] ?? text.id ?? text.en;
    return typeof shown === 'string' ? shown : '';
  };
  const t = crisisWords(config, lang);
  // The panel's own lines when the config names none (one source: core/crisis-lines.ts).
  const lines = (crisis.lines?.length ? crisis.lines : builtInLines(t)) as readonly Record<string, unknown>[];
  const links = lines.slice(0, 2).flatMap((line) => {
    const name = word(line.name);
    const phone = typeof line.phone === 'string' ? line.phone : undefined;
    const extension = typeof line.extension === 'string' ? line.extension : undefined;
    const whatsapp = typeof line.whatsapp === 'string' ? line.whatsapp : undefined;
    // The words of the panel's buttons (core/crisis-lines.ts `lineActions`).
    const tel = phone ? telUrl(phone, extension) : undefined;
    if (phone && tel) {
      const dial = `${phone}${extension ? ` ${t('crisis.extension', { extension })}` : ''}`;
      const text = [name, t('crisis.call', { name: dial })].filter(Boolean).join(': ');
      return [`<a href="${attr(tel)}">${attr(text)}</a>`];
    }
    const href = whatsapp ? whatsappUrl(whatsapp) : safeUrl(line.website);
    if (!href) return [];
    const text = whatsapp
      ? [name, t('crisis.whatsapp', { name: whatsapp })].filter(Boolean).join(': ')
      : t('crisis.website', { name: name || href });
    return [`<a href="${attr(href)}">${attr(text)}</a>`];
  });
  const exit = safeUrl(crisis.quickExitUrl) ?? DEFAULT_QUICK_EXIT_URL;
  links.push(`<a href="${attr(exit)}">${attr(t('crisis.exit'))}</a>`);
  return links.map((l) => `  ${l}`).join('\n');
}

/** The snippets of "how to put it on your site", by host, for a config at `configUrl`. */
export function snippets(config: Config, configUrl: string, lang: string): Record<string, string> {
  const url = configUrl.trim() || 'https://desa-anda.example/sebaya.json';
  let base: URL;
  try {
    base = new URL('sebaya/', new URL(url));
  } catch {
    base = new URL('https://desa-anda.example/sebaya/');
  }
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const els = elementsOf(config);
  const script = `<script type="module" src="${attr(new URL('sebaya.js', base).href)}"></script>`;
  // The crisis panel carries a number to call and the way out in the page itself: shown before the
  // script arrives (under a second on a slow phone, where the script takes two) and where it cannot
  // run; hidden once the panel shows.
  const inside = (tag: string) => (tag === 'sebaya-crisis-help' ? `\n${crisisFallback(config, lang, attr)}\n` : '');
  const tags = els.map(([, tag]) => `<${tag} src="${attr(url)}" lang="${lang}">${inside(tag)}</${tag}>`).join('\n');
  const placeholders = els
    .map(
      ([, tag, name]) => `<div data-sebaya="${name}" data-src="${attr(url)}" data-lang="${lang}">${inside(tag)}</div>`,
    )
    .join('\n');
  // Google Sites: Insert → Embed → By URL takes an address, one per element (integrations/guides/google-sites.md).
  const frames = els
    .map(([, , name]) => `${new URL(`frame/${name}.html`, base).href}?config=${encodeURIComponent(url)}&lang=${lang}`)
    .join('\n');
  // Blogger (integrations/guides/blogger.md): the classic script (no CORS for a script from the team's
  // host) and the config inline, since another site's config needs CORS too; XML-safe, as
  // Blogger's theme is XML: every tag closed, attributes quoted, no & or < in the JSON.
  const classic = `<script src="${attr(new URL('sebaya.classic.js', base).href)}" defer="defer"></script>`;
  const inline = xmlSafeJson(config)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  const inlined = els
    .map(
      ([, tag]) =>
        `<${tag} lang="${lang}">\n  <script type="application/json">\n${inline}\n  </script>${inside(tag).trimEnd()}\n</${tag}>`,
    )
    .join('\n');
  return {
    static: `${script}\n${tags}`,
    opensid: `<!-- ${script.replace(/--/g, '- -')} : dipasang sekali di tema / once in the theme -->\n${placeholders}`,
    wordpress: `${script}\n${tags}`,
    blogger: `${classic}\n${inlined}`,
    googleSites: frames,
  };
}

export function embedView(host: SebayaBuilder, t: T) {
  const all = snippets(host.config, host.embedUrl, host.uiLang);
  const hosts = ['static', 'opensid', 'wordpress', 'blogger', 'googleSites'] as const;
  return html`<section class="panel" aria-labelledby="embed-h">
    <h2 id="embed-h">${t('embedTitle')}</h2>
    <label for="embed-url">${t('configUrl')}</label>
    <p class="hint" id="embed-url-hint">${t('configUrlHint')}</p>
    <input
      id="embed-url"
      type="url"
      inputmode="url"
      aria-describedby="embed-url-hint"
      .value=${host.embedUrl}
      @input=${(e: Event) => (host.embedUrl = (e.target as HTMLInputElement).value)}
    />
    ${hosts.map(
      (h) =>
        html`<h3 id=${`embed-${h}`}>${t(`embed.${h}`)}</h3>
          <pre class="snippet" tabindex="0" aria-labelledby=${`embed-${h}`}><code>${all[h]}</code></pre>
          <button type="button" aria-describedby=${`embed-${h}`} @click=${() => copyText(host, all[h] ?? '', t)}>
            ${t('copySnippet')}
          </button>`,
    )}
  </section>`;
}

/** "Start again", asked twice: the owner's work goes only on a second, explicit click. */
export function againView(confirming: boolean, t: T, on: { ask(): void; cancel(): void; confirm(): void }) {
  return html`<section class="again">
    ${
      confirming
        ? html`<p id="confirm-text">${t('startAgainConfirm')}</p>
          <button type="button" class="danger" aria-describedby="confirm-text" @click=${on.confirm}>
            ${t('startAgainYes')}
          </button>
          <button type="button" @click=${on.cancel}>${t('cancel')}</button>`
        : html`<button type="button" class="start-again" @click=${on.ask}>${t('startAgain')}</button>`
    }
  </section>`;
}
