import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isIsoTime } from '../../calendar/model/time.js';
import { EditorBase } from './base.js';
import { uiLang } from './words.js';

/** What the pickers can show: a day, and a wall-clock time (`:00` seconds read, not written). */
const SHOWN = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::00)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A value split into the pickers' date and time, or undefined when they cannot show it. */
export function splitDateTime(value: string): { date: string; time: string } | undefined {
  const m = SHOWN.exec(value);
  if (!m || !isIsoTime(value)) return undefined;
  return { date: m[1]!, time: m[2] === undefined ? '' : `${m[2]}:${m[3]}` };
}

/** The value the calendar's schema accepts for a date and an optional time: `YYYY-MM-DD[THH:MM]`. */
export const joinDateTime = (date: string, time: string): string => (time ? `${date}T${time}` : date);

/** `2026-01-08`, `19:30` → "Kamis, 8 Januari 2026, pukul 19.30" (the day as the site owner reads it). */
export function dateTimeWords(date: string, time: string, lang: string | undefined): string {
  const ui = uiLang(lang);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Intl.DateTimeFormat(ui, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, mo - 1, d));
  if (!time) return ui === 'en' ? `${day}, all day` : `${day}, sepanjang hari`;
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const clock = new Intl.DateTimeFormat(ui, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, h, mi));
  return ui === 'en' ? `${day}, at ${clock}` : `${day}, pukul ${clock}`;
}

/**
 * When a calendar event starts or ends (`calendar.sources[].events[].start` / `.end`), or a date
 * a repeating event skips (`.exdates[]`, whose first date takes the event start's time): a date
 * picker and an optional time picker; no time reads "all day". Emits `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:MM`, wall-clock time in the site's time zone. A value read back with `:00`
 * seconds stays as written until changed. A value the pickers cannot show (an offset `Z` or
 * `+07:00`, a broken string) stays as written, in a text field, with a line saying so.
 *
 * @summary Builder field editor: a date with an optional time of day.
 * @tag sebaya-edit-datetime
 * @fires sebaya-edit - `detail: { path, value }`: `'YYYY-MM-DD'` or `'YYYY-MM-DDTHH:MM'`, or `undefined` when emptied. Bubbles, composed.
 */
export class SebayaEditDatetime extends EditorBase {
  static override styles = [
    ...EditorBase.styles,
    css`
      .datetime > div {
        margin-top: 0.5em;
      }
      .reads {
        margin: 0.75em 0 0;
      }
      .reads:empty {
        display: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    date: { state: true },
    time: { state: true },
    raw: { state: true },
    start: { attribute: false },
  };

  declare value: string | undefined;
  /**
   * A skipped date's event start (`exdates[]`): a date chosen into an empty editor takes the
   * start's time, since the calendar skips an occurrence of a timed event only at its start time.
   */
  start: unknown;
  /** The day on screen (`YYYY-MM-DD`, '' for none). */
  protected date = '';
  /** The time on screen (`HH:MM`, '' for all day). */
  protected time = '';
  /** A value the pickers cannot show, on screen as written (undefined: the pickers are shown). */
  protected raw: string | undefined;

  protected override valueFromOutside(): void {
    super.valueFromOutside();
    const text =
      typeof this.value === 'string' ? this.value : this.value === undefined ? undefined : JSON.stringify(this.value);
    // '' is a list item just added (a skipped date): the empty pickers, not a value kept as written.
    const parts = text === undefined || text === '' ? { date: '', time: '' } : splitDateTime(text);
    this.date = parts?.date ?? '';
    this.time = parts?.time ?? '';
    this.raw = parts ? undefined : text;
  }

  #emit(): void {
    if (this.date === '') {
      if (this.time !== '') return this.refuse(this.t('datetime.needDate'));
      return this.accept(undefined);
    }
    this.accept(joinDateTime(this.date, this.time));
  }

  #date = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    // The picker hands over '' for a half-typed date: say so, and keep the last good one.
    if (input.value === '' && input.validity.badInput) return this.refuse(this.t('date.bad'));
    if (input.value !== '' && !(DATE.test(input.value) && isIsoTime(input.value)))
      return this.refuse(this.t('date.bad'));
    const first = this.date === '' && this.time === '';
    this.date = input.value;
    if (first && this.date) this.time = splitDateTime(typeof this.start === 'string' ? this.start : '')?.time ?? '';
    this.#emit();
  };

  #time = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (input.value === '' && input.validity.badInput) return this.refuse(this.t('time.bad'));
    if (input.value !== '' && !TIME.test(input.value)) return this.refuse(this.t('time.bad'));
    this.time = input.value;
    this.#emit();
  };

  #allDay = async (): Promise<void> => {
    this.time = '';
    this.#emit();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#time')?.focus();
  };

  #rawInput = (text: string): void => {
    this.raw = text;
    this.takeWritten(text, isIsoTime, 'datetime.bad.raw');
  };

  /** The owner asks for the pickers: the written day is kept when there is one, the time chosen again. */
  #usePickers = async (): Promise<void> => {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(this.raw ?? '')?.[1];
    this.raw = undefined;
    this.date = day && isIsoTime(day) ? day : '';
    this.time = '';
    this.refusal = '';
    if (this.date) this.accept(this.date);
    await this.updateComplete;
    this.focus();
  };

  override render() {
    return this.raw !== undefined ? this.#renderRaw(this.raw) : this.#renderPickers();
  }

  #renderRaw(raw: string): TemplateResult {
    const words = {
      label: this.t('datetime.raw', { label: this.label }),
      kept: this.t('datetime.kept'),
      back: this.t('datetime.usePickers'),
    };
    return this.renderWritten(raw, words, this.#rawInput, this.#usePickers);
  }

  #renderPickers(): TemplateResult {
    return html`<fieldset class="root datetime">
      <legend>${this.label}${this.requiredMark()}</legend>
      <div>
        <label for="control">${this.t('datetime.date')}</label>
        <input
          id="control"
          type="date"
          data-first
          .value=${this.date}
          ?required=${this.required}
          aria-invalid=${this.invalid}
          aria-describedby=${this.describedBy('reads')}
          @input=${this.#date}
          @change=${this.#date}
        />
      </div>
      <div>
        <label for="time">${this.t('datetime.time')}</label>
        <input
          id="time"
          type="time"
          .value=${this.time}
          aria-describedby="time-hint reads"
          @input=${this.#time}
          @change=${this.#time}
        />
        <p class="hint" id="time-hint">${this.t('datetime.time.hint')}</p>
        ${
          this.time
            ? html`<p><button type="button" @click=${this.#allDay}>${this.t('datetime.allDay')}</button></p>`
            : nothing
        }
      </div>
      <p class="shown reads" id="reads" role="status">
        ${this.date ? dateTimeWords(this.date, this.time, this.lang) : this.t('datetime.none')}
      </p>
      ${this.notes()}
    </fieldset>`;
  }
}
