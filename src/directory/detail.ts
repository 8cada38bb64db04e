/**
 * The details of one place (address and map, contacts, cost, languages, the week's hours,
 * verification, corrections): a lazy chunk, loaded when a visitor first opens a place (and
 * fetched while the page is idle), so the list itself stays small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../core/i18n/format.js';
import type { Params } from '../core/i18n/catalog.js';
import type { LocalizedText } from '../core/i18n/localize.js';
import { safeUrl, whatsappUrl } from '../core/safe-url.js';
import type { DirectoryKey } from './messages.js';
import { localTime, weekOf } from './model/hours.js';
import type { Resource } from './model/resource.js';
import type { DirectoryConfig, MapProvider } from './schema.js';

/** What the details need from the element. */
export interface DetailHost {
  readonly t: (key: DirectoryKey, params?: Params) => string;
  readonly text: (value: LocalizedText | undefined) => string;
  readonly intlLocale: string;
  readonly timeZone: string;
  readonly now: Date;
  readonly options: DirectoryConfig | undefined;
  /** The place is one of the site's crisis lines: never marked "may be out of date". */
  readonly crisis: boolean;
  readonly areaPath: (id: string) => string;
  readonly languageName: (code: string) => string;
  readonly weekday: (index: number) => string;
  readonly time: (hhmm: string) => string;
}

function mapUrl(h: DetailHost, r: Resource, provider: MapProvider): string | undefined {
  if (provider === 'none') return undefined;
  if (r.geo) {
    const { lat, lon } = r.geo;
    return safeUrl(provider === 'google' ? `https://www.google.com/maps/search/?api=1&query=${lat},${lon}` : `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`);
  }
  if (!r.address) return undefined;
  const query = encodeURIComponent([h.text(r.address), r.area ? h.areaPath(r.area) : ''].filter(Boolean).join(', '));
  return safeUrl(provider === 'google' ? `https://www.google.com/maps/search/?api=1&query=${query}` : `https://www.openstreetmap.org/search?query=${query}`);
}

function reportUrl(h: DetailHost, r: Resource, name: string): string | undefined {
  const c = h.options?.corrections;
  if (!c) return undefined;
  const subject = h.t('directory.reportSubject', { name });
  const body = h.t('directory.reportBody', { name, id: r.id });
  if (c.url) return safeUrl(c.url);
  if (c.email) return safeUrl(`mailto:${c.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
  const wa = c.whatsapp ? whatsappUrl(c.whatsapp) : undefined;
  return wa ? safeUrl(`${wa}?text=${encodeURIComponent(`${subject}\n${body}`)}`) : undefined;
}

export function renderDetails(h: DetailHost, r: Resource, name: string): TemplateResult {
  const { now, t } = h;
  const zone = r.timeZone ?? h.timeZone;
  const today = localTime(now, zone);
  const map = mapUrl(h, r, h.options?.maps ?? 'google');
  const website = safeUrl(r.website);
  const email = r.email ? safeUrl(`mailto:${r.email}`) : undefined;
  const report = reportUrl(h, r, name);
  const staleDays = h.options?.staleAfterDays ?? 365;
  const verified = r.lastVerified ? new Date(`${r.lastVerified}T12:00:00Z`) : undefined;
  const stale = verified && !h.crisis ? now.getTime() - verified.getTime() > staleDays * 86_400_000 : false;
  return html`<dl>
      ${r.address || map
        ? html`<dt>${t('directory.address')}</dt>
            <dd>
              ${r.address ? html`<span class="address">${h.text(r.address)}</span>` : nothing}
              ${map ? html` <a href=${map} rel="noopener noreferrer" target="_blank">${t('directory.map')}<span class="visually-hidden"> — ${name}</span></a>` : nothing}
            </dd>`
        : nothing}
      ${email ? html`<dt>${t('directory.email')}</dt><dd><a href=${email}>${r.email}</a></dd>` : nothing}
      ${website ? html`<dt>${t('directory.website')}</dt><dd><a href=${website} rel="noopener noreferrer" target="_blank">${website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></dd>` : nothing}
      ${r.cost !== undefined ? html`<dt>${t('directory.cost')}</dt><dd>${h.text(r.cost)}</dd>` : nothing}
      ${r.languages.length ? html`<dt>${t('directory.languages')}</dt><dd>${r.languages.map((l) => h.languageName(l)).join(', ')}</dd>` : nothing}
    </dl>
    ${r.hours.length
      ? html`<table>
            <caption>
              ${t('directory.hours.title')}
            </caption>
            <thead class="visually-hidden">
              <tr>
                <th scope="col">${t('directory.hours.day')}</th>
                <th scope="col">${t('directory.hours.hours')}</th>
              </tr>
            </thead>
            <tbody>
              ${weekOf(r.hours, today).map(
                (d) =>
                  html`<tr aria-current=${d.today ? 'date' : 'false'}>
                    <th scope="row">${h.weekday(d.day.weekday)}</th>
                    <td>${d.hours.length ? d.hours.map((x) => `${h.time(x.opens)}–${h.time(x.closes)}`).join(', ') : t('directory.hours.closed')}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${r.timeZone && r.timeZone !== h.timeZone ? html`<p class="muted">${t('directory.hours.zone', { zone: r.timeZone })}</p>` : nothing}`
      : nothing}
    ${r.hoursNote !== undefined ? html`<p class="hours-note">${h.text(r.hoursNote)}</p>` : nothing}
    ${verified
      ? html`<p class="verified muted">
          ${t('directory.verified', { date: formatDate(verified, h.intlLocale, 'UTC', { dateStyle: 'long' }) })}
          ${stale ? html`<span class="stale">${t('directory.stale')}</span>` : nothing}
        </p>`
      : nothing}
    ${report ? html`<p><a class="report" href=${report} rel="noopener noreferrer" target="_blank">${t('directory.report')}</a></p>` : nothing}`;
}
