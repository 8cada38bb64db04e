/**
 * The builder's live preview: the real elements beside the form, each handed the config being built
 * as the owner types (no pause: the whole-config checks of the error summary wait for one, see
 * `PREVIEW_DELAY` in builder.ts). An element whose part of the config did not change keeps the
 * config it has, so editing one place re-reads the directory only, not the calendar or the quiz.
 */
import { html } from 'lit';
import { SECTION_NAMES } from '../core/config/schema.js';
import type { builderT } from './messages.js';
import type { Config } from './model.js';
import { whenIdle } from './lazy.js';
import { elementsOf, type SebayaBuilder } from './views.js';

type T = ReturnType<typeof builderT>;

const SECTIONS: ReadonlySet<string> = new Set(SECTION_NAMES);

/**
 * Whether the element reading `section` (`crisis` for the crisis panel, which reads only the shared
 * keys) would read `next` exactly as it read `prev`: every top-level key it validates — the shared
 * keys, its own section, and any key it does not know (it warns about those) — holds the same value.
 * The other elements' sections are not its business (the validator skips them). The builder's edits
 * copy only along the edited path (`setAt` in model.ts), so a section the owner did not touch is the
 * same object; the builder never changes a config object in place.
 */
export function sameView(prev: Config, next: Config, section: string): boolean {
  for (const key of new Set([...Object.keys(prev), ...Object.keys(next)]))
    if ((key === section || !SECTIONS.has(key)) && prev[key] !== next[key]) return false;
  return true;
}

let warmed = false;

/**
 * The elements load English on demand (a page, an element or a config in English). So that the
 * preview still switches to English, or takes an English config, after the network is gone, the
 * shared English words are fetched once the page is idle: a hidden quiz (it needs no config and
 * listens to nothing outside itself) reads them, then leaves.
 */
function warmEnglish(): void {
  if (warmed || typeof document === 'undefined' || !customElements.get('sebaya-quiz')) return;
  warmed = true;
  whenIdle(() => {
    const quiz = document.createElement('sebaya-quiz');
    quiz.setAttribute('lang', 'en');
    quiz.hidden = true;
    quiz.setAttribute('aria-hidden', 'true');
    document.body.append(quiz);
    setTimeout(() => quiz.remove(), 5_000);
  });
}

/** The real elements with the config being built; they are absent when their define is not loaded. */
export function previewView(host: SebayaBuilder, t: T) {
  warmEnglish();
  const { lang, theme, width } = host.preview;
  const set = (patch: Partial<SebayaBuilder['preview']>) => (host.preview = { ...host.preview, ...patch });
  const radios = <V extends string | number>(name: string, legend: string, values: [V, string][], current: V) =>
    html`<fieldset class="inline-set">
      <legend>${legend}</legend>
      ${values.map(
        ([value, label]) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              .checked=${current === value}
              @change=${() => set({ [name]: value })}
            />
            ${label}</label
          >`,
      )}
    </fieldset>`;
  const config = host.previewConfig;
  const elements = elementsOf(config).filter(([, tag]) => customElements.get(tag));
  return html`<aside class="preview" aria-labelledby="preview-h">
    <h2 id="preview-h">${t('preview')}</h2>
    ${radios(
      'lang',
      t('previewLang'),
      [
        ['id', 'Bahasa Indonesia'],
        ['en', 'English'],
      ],
      lang,
    )}
    ${radios(
      'theme',
      t('previewTheme'),
      [
        ['light', t('light')],
        ['dark', t('dark')],
      ],
      theme,
    )}
    ${radios(
      'width',
      t('previewWidth'),
      [
        [360, '360 px'],
        [1280, '1280 px'],
      ],
      width,
    )}
    <div class="stage ${theme} w${width}">
      ${elements.map(([section, tag]) => previewElement(host, section, tag, config, lang, theme))}
    </div>
  </aside>`;
}

type Previewed = HTMLElement & { config?: unknown; debug?: boolean };
/** One element per tag per builder, kept between renders so it updates instead of starting over. */
const shown = new WeakMap<SebayaBuilder, Map<string, Previewed>>();

function previewElement(
  host: SebayaBuilder,
  section: string,
  tag: string,
  config: Config,
  lang: string,
  theme: string,
) {
  let mine = shown.get(host);
  if (!mine) shown.set(host, (mine = new Map()));
  let el = mine.get(tag);
  if (!el) {
    el = document.createElement(tag);
    el.debug = true;
    mine.set(tag, el);
  }
  // Only a config that differs for this element: the others keep theirs and do no work. One coming
  // back into the preview (its section removed, then restored) reads again: leaving the page aborted
  // whatever it was loading.
  const before = el.config as Config | undefined;
  if (before !== config && !(el.isConnected && before && sameView(before, config, section))) el.config = config;
  if (el.getAttribute('lang') !== lang) el.setAttribute('lang', lang);
  if (el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
  return el;
}
