/**
 * The details of one place (address and map, contacts, cost, languages, the week's hours,
 * verification, corrections): a lazy chunk, loaded when a visitor first opens a place (and
 * fetched while the page is idle), so the list itself stays small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../core/i18n/format.js';
import { safeUrl, whatsappUrl } from '../core/safe-url.js';
import { localTime, weekOf } from './model/hours.js';
import type { Resource } from './model/resource.js';
import type { DirectoryConfig, MapProvider } from './schema.js';
import type { I18n, Names } from './views.js';

/** What only the directory knows (its words, language and zone come with the `Localize` controller). */
export interface DetailData {
  readonly now: Date;
  readonly options: DirectoryConfig | undefined;
  /** The place is one of the site's crisis lines: never marked "may be out of date". */
  readonly crisis: boolean;
  /** How the list names areas, languages, weekdays and times (see `views.ts`). */
  readonly names: Names;
}

function mapUrl(i: I18n, n: Names, r: Resource, provider: MapProvider): string | undefined {
  if (provider === 'none') return undefined;
  if (r.geo) {
    const { lat, lon } = r.geo;
    return safeUrl(
      provider === 'google'
        ? `https://www.google.com/maps/search/?api=1&query=${lat},${lon}`
        : `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
    );
  }
  if (!r.address) return undefined;
  const query = encodeURIComponent([i.text(r.address), r.area ? n.areaPath(r.area) : ''].filter(Boolean).join(', '));
  return safeUrl(
    provider === 'google'
      ? `https://www.google.com/maps/search/?api=1&query=${query}`
      : `https://www.openstreetmap.org/search?query=${query}`,
  );
}

function reportUrl(i: I18n, d: DetailData, r: Resource, name: string): string | undefined {
  const c = d.options?.corrections;
  if (!c) return undefined;
  const subject = i.t('directory.reportSubject', { name });
  const body = i.t('directory.reportBody', { name, id: r.id });
  if (c.url) return safeUrl(c.url);
  if (c.email)
    return safeUrl(`mailto:${c.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
  const wa = c.whatsapp ? whatsappUrl(c.whatsapp) : undefined;
  return wa ? safeUrl(`${wa}?text=${encodeURIComponent(`${subject}\n${body}`)}`) : undefined;
}

export function renderDetails(i: I18n, d: DetailData, r: Resource, name: string): TemplateResult {
  const { now, names: n } = d;
  const today = localTime(now, r.timeZone ?? i.timeZone);
  const map = mapUrl(i, n, r, d.options?.maps ?? 'google');
  const website = safeUrl(r.website);
  const email = r.email ? safeUrl(`mailto:${r.email}`) : undefined;
  const report = reportUrl(i, d, r, name);
  const staleDays = d.options?.staleAfterDays ?? 365;
  const verified = r.lastVerified ? new Date(`${r.lastVerified}T12:00:00Z`) : undefined;
  const stale = verified && !d.crisis ? now.getTime() - verified.getTime() > staleDays * 86_400_000 : false;
  return html`<dl>
      ${
        r.address || map
          ? html`<dt>${i.t('directory.address')}</dt>
            <dd>
              ${r.address ? html`<span class="address">${i.text(r.address)}</span>` : nothing}
              ${map ? html` <a href=${map} rel="noopener noreferrer" target="_blank">${i.t('directory.map')}<span class="visually-hidden"> — ${name}</span></a>` : nothing}
            </dd>`
          : nothing
      }
      ${email ? html`<dt>${i.t('directory.email')}</dt><dd><a href=${email}>${r.email}</a></dd>` : nothing}
      ${website ? html`<dt>${i.t('directory.website')}</dt><dd><a href=${website} rel="noopener noreferrer" target="_blank">${website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></dd>` : nothing}
      ${r.cost !== undefined ? html`<dt>${i.t('directory.cost')}</dt><dd>${i.text(r.cost)}</dd>` : nothing}
      ${r.languages.length ? html`<dt>${i.t('directory.languages')}</dt><dd>${r.languages.map((l) => n.language(l)).join(', ')}</dd>` : nothing}
    </dl>
    ${
      r.hours.length
        ? html`<table>
            <caption>
              ${i.t('directory.hours.title')}
            </caption>
            <thead class="visually-hidden">
              <tr>
                <th scope="col">${i.t('directory.hours.day')}</th>
                <th scope="col">${i.t('directory.hours.hours')}</th>
              </tr>
            </thead>
            <tbody>
              ${weekOf(r.hours, today).map(
                (w) =>
                  html`<tr aria-current=${w.today ? 'date' : 'false'}>
                    <th scope="row">${n.weekday(w.day.weekday)}</th>
                    <td>${w.hours.length ? w.hours.map((x) => `${n.time(x.opens)}–${n.time(x.closes)}`).join(', ') : i.t('directory.hours.closed')}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${r.timeZone && r.timeZone !== i.timeZone ? html`<p class="muted">${i.t('directory.hours.zone', { zone: r.timeZone })}</p>` : nothing}`
        : nothing
    }
    ${r.hoursNote !== undefined ? html`<p class="hours-note">${i.text(r.hoursNote)}</p>` : nothing}
    ${
      verified
        ? html`<p class="verified muted">
          ${i.t('directory.verified', { date: formatDate(verified, i.intlLocale, 'UTC', { dateStyle: 'long' }) })}
          ${stale ? html`<span class="stale">${i.t('directory.stale')}</span>` : nothing}
        </p>`
        : nothing
    }
    ${report ? html`<p><a class="report" href=${report} rel="noopener noreferrer" target="_blank">${i.t('directory.report')}</a></p>` : nothing}`;
}
