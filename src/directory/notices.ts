/**
 * What the directory says about its sources: the calm notice visitors see (one line, the date of a
 * saved copy, Retry), and for the site owner each source's problem with its path, name, address
 * and reason (the owner box, the console, `sebaya-error` when every source failed). It comes with
 * the engine chunk (see `model/engine.ts`), with the words it uses.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../core/i18n/format.js';
import type { Problem } from '../core/problem.js';
// The words about a source that could not be read come with the engine (never in sebaya.js).
import './messages-sources.js';
import type { LoadedSources, SourceFailure, SourceSaved, SourceSkip } from './model/sources.js';
import type { I18n } from './views.js';

/** How the sources went: those read from a saved copy, those that failed, those with entries left out. */
export type SourcesReport = Pick<LoadedSources, 'saved' | 'failures' | 'skipped'>;

/** The base element's wording of a load failure (a `LoadError`: "the server answered 404"). */
export type Reason = (error: unknown) => string;

/** Whether trying again may bring a failed source back (the network). */
export const retryable = (failures: readonly SourceFailure[]): boolean =>
  failures.some((f) => f.problem.kind === 'load' && f.problem.error.retryable);

/** "Daftar Dinkes (https://…)", "source 2": the name the config gives a source, or its number, and its address. */
function sourceName(i: I18n, s: SourceFailure | SourceSkip | SourceSaved): string {
  const name = s.label !== undefined ? i.text(s.label) : i.t('directory.source.name', { number: s.index + 1 });
  return s.url ? `${name} (${s.url})` : name;
}

/** Why a source gave nothing, for the site owner. */
function failureText(i: I18n, f: SourceFailure, reason: Reason): string {
  const source = sourceName(i, f);
  if (f.problem.kind === 'malformed') return i.t(`directory.malformed.${f.problem.detail}`, { source });
  return i.t('directory.source.failed', { source, reason: reason(f.problem.error) });
}

/** Every source failed: the error state names each one, in one message (the error view would otherwise add "and N more problems"). */
export function sourcesProblem(i: I18n, failures: readonly SourceFailure[], reason: Reason): Problem {
  const message = failures.map((f) => failureText(i, f, reason)).join('\n');
  return {
    code: 'sources-failed',
    message,
    path: `directory.sources[${failures[0]?.index ?? 0}]`,
    details: [message],
    retryable: retryable(failures),
  };
}

/** The console's lines (in the page's language for a failure, with every reason for entries left out). */
export function consoleLines(i: I18n, loaded: LoadedSources, reason: Reason): string[] {
  return [
    ...loaded.failures.map((f) => `directory.sources[${f.index}]: ${failureText(i, f, reason)}`),
    ...loaded.skipped.map((s) => `directory.sources[${s.index}]: left out ${s.count}:\n${s.reasons.join('\n')}`),
    ...(loaded.dropped.length ? [`values left out:\n${loaded.dropped.join('\n')}`] : []),
  ];
}

/** "Saved copy of …": when a feed shown was saved, in the site's time zone. */
function savedText(i: I18n, asOf: number): string {
  return i.t('directory.source.saved', {
    date: formatDate(new Date(asOf), i.intlLocale, i.timeZone, { dateStyle: 'medium', timeStyle: 'short' }),
  });
}

/** Each source's problem with its path, name, address and reason, for the owner box. */
export function sourceLines(i: I18n, report: SourcesReport, reason: Reason): string[] {
  const at = (s: { index: number }): string => `directory.sources[${s.index}]: `;
  return [
    ...report.saved.map((s) => `${at(s)}${sourceName(i, s)}: ${savedText(i, s.asOf)}`),
    ...report.failures.map((f) => at(f) + failureText(i, f, reason)),
    ...report.skipped.map(
      (s) =>
        `${at(s)}${i.t('directory.skipped', { count: s.count, source: sourceName(i, s) })} (${s.reasons.slice(0, 3).join('; ')}${s.reasons.length > 3 ? '; …' : ''})`,
    ),
  ];
}

/** What visitors see: one calm line, and the date of the oldest saved copy shown (the detail is in the owner box). */
export function renderNotices(i: I18n, report: SourcesReport, retry: () => void): TemplateResult | typeof nothing {
  const { saved, failures, skipped } = report;
  if (!failures.length && !skipped.length && !saved.length) return nothing;
  return html`<div class="notice" part="notice" role="status">
    ${saved.length ? html`<p>${savedText(i, Math.min(...saved.map((s) => s.asOf)))}</p>` : nothing}
    ${failures.length || skipped.length ? html`<p>${i.t('directory.source.some')}</p>` : nothing}
    ${
      failures.length
        ? html`<p>
          ${i.t('directory.source.others')}
          <button type="button" @click=${retry}>${i.t('core.error.retry')}</button>
        </p>`
        : nothing
    }
  </div>`;
}
