/**
 * Reading a config: where it comes from (the `config` property, an inline script, `src`), the
 * fetch (once per URL per page, with the saved copy when the network fails), validation, and the
 * words for what can go wrong. The base element requests this chunk whenever it has a config to
 * read (or needs one and has none, to say so). `sebaya.js` carries it in its main file (the
 * calendar's and directory's feeds use the same fetching code), so only a page that loads the
 * crisis panel alone fetches it separately — and a panel on its built-in lines never does.
 */
import { html, type TemplateResult } from 'lit';
import type { SchemaSource, SectionName } from './schema.js';
import type { Problem } from '../problem.js';
import { formatDate } from '../i18n/format.js';
import { formatBytes } from '../i18n/intl-extra.js';
import { loadEn, loadId, type LoadKey } from '../i18n/load-messages.js';
import { registerCatalogs } from '../i18n/registry.js';
import { chunk } from '../lazy.js';
import { LoadError } from '../net/load-error.js';
import { absoluteUrl, forget, INLINE, loadJsonOnce, parseInlineJson, servedFromCache } from './load.js';

registerCatalogs({ id: loadId, en: loadEn });

/** Validation (valibot and the checks): a lazy chunk of its own, requested beside the fetch. */
const checker = chunk(() => import('./check.js'));

export { forget };
// The config's accent colours: laid on with the config, from this chunk (not the crisis panel's eager bundle).
export { applyAppearance } from '../theme/appearance.js';

type Translate = (
  key: LoadKey | 'core.load.comment' | 'core.load.comma',
  params?: Record<string, string | number>,
) => string;

/** What the base element hands over to read its config. */
export interface ConfigRequest {
  /** The `config` property. */
  readonly config: unknown;
  /** The `src` attribute. */
  readonly src?: string;
  /** The text of the inline `<script type="application/json">` child, if there is one. */
  readonly inline?: string;
  /** The element's schema, or its loader. */
  readonly schema: SchemaSource;
  /** The config section the element reads, which must be there (undefined: the config may be absent). */
  readonly section?: SectionName;
  /** Whether the element can work without any config. */
  readonly optional: boolean;
  readonly tag: string;
  readonly t: (key: string, params?: Record<string, string | number>) => string;
  readonly timeoutMs: number;
}

/**
 * A valid config (with when it was saved, if it is the saved copy), or the problem to show — with
 * the valid config when only the element's section is missing (its language and crisis lines
 * still word the error view).
 */
export type ConfigResult = (
  { readonly config: object; readonly asOf?: number } | { readonly problem: () => Problem; readonly config?: object }
) & {
  /** The config's warnings (unknown keys), worded when called: for the site owner's box. */
  readonly notes?: () => readonly string[];
};

/**
 * Reads, parses and validates a config. Throws a LoadError when it cannot be read (worded by
 * `loadProblem`); returns the problem when there is none and one is needed, or it is invalid.
 */
export async function readConfig(request: ConfigRequest, signal: AbortSignal): Promise<ConfigResult> {
  const { config, src, inline, section, t } = request;
  if (config == null && inline === undefined && !src) {
    if (request.optional) return { config: {} };
    return {
      problem: () => ({ code: 'config-missing', message: t('core.missingConfig'), details: [], retryable: false }),
    };
  }
  // Validation and the schema load beside the fetch.
  const check = Promise.all([checker(), typeof request.schema === 'function' ? request.schema() : request.schema]);
  check.catch(() => undefined);
  let raw: unknown;
  try {
    raw =
      config != null
        ? config
        : inline !== undefined
          ? parseInlineJson(inline)
          : await loadJsonOnce(src as string, { signal, timeoutMs: request.timeoutMs });
  } catch (err) {
    // The words for a comment or a trailing comma come with the validation chunk: let it arrive.
    await check.catch(() => undefined);
    throw err;
  }
  const [{ checkConfig }, schema] = await check;
  const checked = checkConfig(schema, raw, t, request.tag);
  const { notes } = checked;
  if ('problem' in checked) return checked;
  if (section && !request.optional && !(section in (raw as object))) {
    return {
      notes,
      config: checked.value as object,
      problem: () => ({
        code: 'config-missing',
        message: t('core.missingSection', { section }),
        path: section,
        details: [],
        retryable: false,
      }),
    };
  }
  return {
    notes,
    config: checked.value as object,
    asOf: src && config == null && inline === undefined ? servedFromCache.get(absoluteUrl(src)) : undefined,
  };
}

const KEYS = {
  network: 'core.load.network',
  timeout: 'core.load.timeout',
  http: 'core.load.http',
  'not-json': 'core.load.notJson',
  syntax: 'core.load.syntax',
  'too-large': 'core.load.tooLarge',
  aborted: 'core.load.network',
} as const;

/** A load failure in the visitor's language; undefined for any other error. */
export function loadProblem(err: unknown, t: Translate, locale: string): Problem | undefined {
  if (!(err instanceof LoadError)) return undefined;
  // An inline config is named in the visitor's language now (a language switch re-words it).
  const p = { url: err.url === INLINE ? t('core.inline') : err.url, ...err.params } as Record<string, string | number>;
  if (err.code === 'syntax') p.found = err.params.found || t('core.load.end');
  if (err.code === 'too-large') {
    p.size = formatBytes(Number(err.params.size), locale);
    p.limit = formatBytes(Number(err.params.limit), locale);
  }
  // A comment or a trailing comma is named as such (`kind`, see locateJsonError).
  const message = t(err.params.kind ? (`core.load.${err.params.kind}` as 'core.load.comment') : KEYS[err.code], p);
  return { code: `load-${err.code}`, message, details: [message], retryable: err.retryable };
}

/** "Showing what was saved on …" when the network failed and a saved copy is shown. */
export function renderAsOf(asOf: number, t: Translate, locale: string, timeZone: string): TemplateResult {
  const when = formatDate(new Date(asOf), locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<p class="as-of" part="as-of" role="status">${t('core.asOf', { when })}</p>`;
}
