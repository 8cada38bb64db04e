/**
 * The site owner's box (see `SebayaElement.renderOwnerBox`): its own lazy chunk, loaded only with
 * `debug` or `#sebaya-debug`. Every problem with its path, line and column, then the config's
 * warnings (unknown keys, "did you mean …?"), or that nothing is wrong. It reuses the error
 * styles (a bordered box, monospace lines).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../problem.js';
import { ownerEn, ownerId, type OwnerKey } from '../i18n/owner-messages.js';
import { registerCatalogs } from '../i18n/registry.js';

registerCatalogs({ id: ownerId, en: ownerEn });

export function renderOwnerBox(
  problem: Problem | undefined,
  notes: readonly string[],
  t: (key: OwnerKey, params?: Record<string, string | number>) => string,
): TemplateResult {
  const lines = [...(problem ? (problem.details.length ? problem.details : [problem.message]) : []), ...notes];
  return html`<div class="state error help" part="owner">
    <p><strong>${t('core.owner.title')}</strong></p>
    ${lines.length ? html`<ul class="problem">${lines.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${t('core.owner.fine')}</p>`}
    ${problem ? html`<p class="muted">${t('core.owner.code', { code: problem.code })}</p>` : nothing}
    <p class="muted">${t('core.owner.hint')}</p>
  </div>`;
}
