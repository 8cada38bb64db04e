import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import * as v from 'valibot';
import { calendarLazyEn, calendarLazyId } from '../../calendar/messages-lazy.js';
import { describeRule, type RuleKey } from '../../calendar/model/rrule-text.js';
import { Rrule } from '../../calendar/schema.js';
import { formatMessage } from '../../core/i18n/localize.js';
import { EditorBase } from './base.js';
import type { EditorKey } from './messages.js';
import {
  choiceOf,
  dateOfUntil,
  FREQS,
  needsStart,
  NO_REPEAT,
  NTHS,
  ruleOf,
  startDay,
  untilOfDate,
  WEEKDAYS,
  type Freq,
  type Nth,
  type RepeatChoice,
  type StartDay,
  type Weekday,
} from './rrule-model.js';
import { say, uiLang } from './words.js';

type NumberField = 'interval' | 'monthDay' | 'count';

const untilWords = (lang: string, ms: number): string =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);

/**
 * The rule in words, as the calendar says it to visitors (calendar/model/rrule-text.ts, the
 * calendar's own catalogs), for an event starting on `start`. Without a start, a rule whose words
 * depend on it is said "on the date the event starts" (or, kept as written, "repeats on a regular
 * schedule").
 */
export function ruleSentence(rrule: string | undefined, lang: string | undefined, start?: StartDay): string {
  const ui = uiLang(lang);
  if (rrule === undefined) return say(ui, 'rrule.says.none');
  const catalog = ui === 'en' ? calendarLazyEn : calendarLazyId;
  const t = (key: RuleKey, params?: Readonly<Record<string, string | number>>): string =>
    formatMessage(catalog[key], ui, params);
  const words = (start: { weekday: number; day: number; month: number }) =>
    describeRule(rrule, { t, locale: ui, start, formatUntil: (ms) => untilWords(ui, ms) });
  if (start) return words(start) ?? t('calendar.rule.other');
  const choice = choiceOf(rrule);
  if (choice && choice.freq !== 'none' && needsStart(choice)) {
    const key = `rrule.says.${choice.freq}${choice.interval > 1 ? 'N' : ''}` as EditorKey;
    const rule = say(ui, key, { count: choice.interval });
    if (choice.end === 'count') return t('calendar.rule.count', { rule, count: choice.count });
    const until = dateOfUntil(choice.until);
    if (choice.end === 'until' && until)
      return t('calendar.rule.until', { rule, date: untilWords(ui, Date.parse(until)) });
    return rule;
  }
  // Words that change with the start depend on it: say only that it repeats.
  const a = words({ weekday: 1, day: 5, month: 1 });
  const b = words({ weekday: 3, day: 20, month: 7 });
  return a !== undefined && a === b ? a : t('calendar.rule.other');
}

/**
 * How a calendar event repeats (`calendar.sources[].events[].rrule`), chosen in words: does not
 * repeat, every N days, weeks on some days, months on a date or on the 1st–4th or last weekday, or
 * years; ending never, on a date or after N times. A live sentence says what the rule means. A rule
 * the choices cannot show (BYSETPOS, BYHOUR, several BYMONTHDAY, …) stays as written, in a text field,
 * with a line saying so: it is never rewritten unless the owner asks.
 *
 * @summary Builder field editor: how an event repeats (RRULE).
 * @tag sebaya-edit-rrule
 * @fires sebaya-edit - `detail: { path, value }`: the RRULE (`FREQ=MONTHLY;BYDAY=2TU`), or `undefined` for no repeat. Bubbles, composed.
 */
export class SebayaEditRrule extends EditorBase {
  static override styles = [
    ...EditorBase.styles,
    css`
      input[type='radio'] {
        width: max(24px, 1.5em);
        height: max(24px, 1.5em);
        margin: 0;
        flex: none;
      }
      .rrule > label,
      .rrule > fieldset {
        margin-top: 0.75em;
      }
      .says {
        margin: 0.75em 0 0;
      }
      .says:empty {
        display: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    choice: { state: true },
    raw: { state: true },
    drafts: { state: true },
    bad: { state: true },
    start: { attribute: false },
  };

  declare value: string | undefined;
  /** The choices on screen. */
  protected choice: RepeatChoice = NO_REPEAT;
  /** A rule the choices cannot show, on screen as written (undefined: the choices are shown). */
  protected raw: string | undefined;
  /** What the owner typed in the number fields. */
  protected drafts: Partial<Record<NumberField, string>> = {};
  /** The number field whose draft is refused. */
  protected bad: NumberField | '' = '';
  /** The event's `start` (the builder passes it): exact words, and first choices that fit it. */
  start: unknown;

  get #start(): StartDay | undefined {
    return startDay(this.start);
  }

  protected override valueFromOutside(): void {
    super.valueFromOutside();
    this.drafts = {};
    this.bad = '';
    const text =
      typeof this.value === 'string' ? this.value : this.value === undefined ? undefined : JSON.stringify(this.value);
    const choice = choiceOf(text);
    this.choice = choice ?? NO_REPEAT;
    this.raw = choice ? undefined : text;
  }

  #set(change: Partial<RepeatChoice>): void {
    this.choice = { ...this.choice, ...change };
    if (this.bad) return;
    this.accept(ruleOf(this.choice));
  }

  #number(field: NumberField, min: number, max: number, bad: EditorKey, e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.drafts = { ...this.drafts, [field]: text };
    const n = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : NaN;
    if (field === 'monthDay' && text.trim() === '') {
      this.bad = '';
      return this.#set({ monthDay: undefined });
    }
    if (!(n >= min && n <= max)) {
      this.bad = field;
      return this.refuse(this.t(bad));
    }
    this.bad = '';
    this.#set({ [field]: n });
  }

  #freq = (e: Event): void => {
    const chosen = (e.target as HTMLSelectElement).value as Freq | 'none';
    const start = this.#start;
    // Every week starts on the event's weekday, ticked, so the rule says it even if the start moves.
    if (chosen === 'WEEKLY' && start && this.choice.days.length === 0)
      return this.#set({ freq: chosen, days: [start.code] });
    this.#set({ freq: chosen });
  };
  #interval = (e: Event): void => this.#number('interval', 1, 999, 'rrule.bad.number', e);
  #monthDay = (e: Event): void => this.#number('monthDay', 1, 31, 'rrule.bad.monthDay', e);
  #count = (e: Event): void => this.#number('count', 1, 9999, 'rrule.bad.number', e);
  #day = (e: Event): void => {
    const box = e.target as HTMLInputElement;
    const day = box.value as Weekday;
    const days = box.checked ? [...this.choice.days, day] : this.choice.days.filter((d) => d !== day);
    this.#set({ days: WEEKDAYS.filter((d) => days.includes(d)) });
  };
  #monthly = (e: Event): void => {
    const monthly = (e.target as HTMLInputElement).value as 'day' | 'nth';
    const start = this.#start;
    // "A weekday of the month" first offers the start's own: the 13th of January 2026 is the 2nd Tuesday.
    if (monthly === 'nth' && start) return this.#set({ monthly, nth: start.nth, nthDay: start.code });
    this.#set({ monthly });
  };
  #nth = (e: Event): void => this.#set({ nth: Number((e.target as HTMLSelectElement).value) as Nth });
  #nthDay = (e: Event): void => this.#set({ nthDay: (e.target as HTMLSelectElement).value as Weekday });
  #end = (e: Event): void => this.#set({ end: (e.target as HTMLInputElement).value as RepeatChoice['end'] });
  #until = (e: Event): void => {
    const date = (e.target as HTMLInputElement).value;
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return this.refuse(this.t('date.bad'));
    this.#set({ until: date ? untilOfDate(date) : '' });
  };

  #rawInput = (text: string): void => {
    this.raw = text;
    this.takeWritten(text, (t) => v.is(Rrule, t), 'rrule.bad.raw');
  };

  /** The owner asks for choices: the rule's frequency is kept, the rest starts plain. */
  #useChoices = async (): Promise<void> => {
    const kept =
      this.raw !== undefined && v.is(Rrule, this.raw) ? this.raw : typeof this.value === 'string' ? this.value : '';
    const freq = /(?:^|;)FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(?:;|$)/i.exec(kept)?.[1]?.toUpperCase() as Freq | undefined;
    this.raw = undefined;
    this.drafts = {};
    this.bad = '';
    this.choice = NO_REPEAT;
    this.#set({ freq: freq ?? 'WEEKLY' });
    await this.updateComplete;
    this.focus();
  };

  override render() {
    return this.raw !== undefined ? this.#renderRaw(this.raw) : this.#renderChoices();
  }

  #says(rule: string | undefined): TemplateResult {
    return html`<p class="shown says" id="says" role="status">${this.t('rrule.says')} ${ruleSentence(rule, this.lang, this.#start)}</p>`;
  }

  #renderRaw(raw: string): TemplateResult {
    const kept = v.is(Rrule, raw) ? raw : undefined;
    const words = {
      label: this.t('rrule.raw', { label: this.label }),
      kept: this.t('rrule.kept'),
      back: this.t('rrule.useChoices'),
    };
    return this.renderWritten(raw, words, this.#rawInput, this.#useChoices, {
      html: kept ? this.#says(kept) : nothing,
      id: 'says',
    });
  }

  #renderChoices(): TemplateResult {
    const c = this.choice;
    return html`<fieldset class="root rrule">
      <legend>${this.label}${this.requiredMark()}</legend>
      <label for="control">${this.t('rrule.freq')}</label>
      <select id="control" data-first aria-describedby=${this.describedBy('says')} @change=${this.#freq}>
        <option value="none" ?selected=${c.freq === 'none'}>${this.t('rrule.freq.none')}</option>
        ${FREQS.map((f) => html`<option value=${f} ?selected=${c.freq === f}>${this.t(`rrule.freq.${f}`)}</option>`)}
      </select>
      ${c.freq === 'none' ? nothing : this.#renderRepeat(c, c.freq)} ${this.#says(ruleOf(c))} ${this.notes()}
    </fieldset>`;
  }

  #numberInput(field: NumberField, shown: string, onInput: (e: Event) => void, hint = ''): TemplateResult {
    return html`<input
      id=${field}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      .value=${this.drafts[field] ?? shown}
      aria-invalid=${this.bad === field ? 'true' : 'false'}
      aria-describedby=${[hint, this.bad === field ? 'refusal' : ''].filter(Boolean).join(' ') || nothing}
      @input=${onInput}
    />`;
  }

  #renderRepeat(c: RepeatChoice, freq: Freq): TemplateResult {
    const day = (d: Weekday) => this.t(`day.${d.toLowerCase() as 'mo'}`);
    return html`
      <label for="interval">${this.t(`rrule.interval.${freq}`)}</label>
      ${this.#numberInput('interval', String(c.interval), this.#interval, 'interval-hint')}
      <p class="hint" id="interval-hint">${this.t('rrule.interval.hint')}</p>
      ${
        freq === 'WEEKLY'
          ? html`<fieldset class="days" aria-describedby="days-hint">
            <legend>${this.t('rrule.days')}</legend>
            ${WEEKDAYS.map(
              (d) =>
                html`<label class="check"
                  ><input type="checkbox" value=${d} .checked=${c.days.includes(d)} @change=${this.#day} />${day(d)}</label
                >`,
            )}
            <p class="hint" id="days-hint">${this.t('rrule.days.hint')}</p>
          </fieldset>`
          : nothing
      }
      ${
        freq === 'MONTHLY'
          ? html`<fieldset>
            <legend>${this.t('rrule.monthly')}</legend>
            ${(['day', 'nth'] as const).map(
              (m) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="monthly"
                    value=${m}
                    .checked=${c.monthly === m}
                    @change=${this.#monthly}
                  />${this.t(`rrule.monthly.${m}`)}</label
                >`,
            )}
            ${
              c.monthly === 'day'
                ? html`<label for="monthDay">${this.t('rrule.monthDay')}</label>
                  ${this.#numberInput('monthDay', c.monthDay === undefined ? '' : String(c.monthDay), this.#monthDay, 'monthDay-hint')}
                  <p class="hint" id="monthDay-hint">${this.t('rrule.monthDay.hint')}</p>`
                : html`<div class="row">
                  <div>
                    <label for="nth">${this.t('rrule.nth')}</label>
                    <select id="nth" @change=${this.#nth}>
                      ${NTHS.map((n) => html`<option value=${n} ?selected=${c.nth === n}>${this.t(`rrule.nth.${n}`)}</option>`)}
                    </select>
                  </div>
                  <div>
                    <label for="nthDay">${this.t('rrule.weekday')}</label>
                    <select id="nthDay" @change=${this.#nthDay}>
                      ${WEEKDAYS.map((d) => html`<option value=${d} ?selected=${c.nthDay === d}>${day(d)}</option>`)}
                    </select>
                  </div>
                </div>`
            }
          </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${this.t('rrule.end')}</legend>
        ${(['never', 'until', 'count'] as const).map(
          (end) =>
            html`<label class="check"
              ><input type="radio" name="end" value=${end} .checked=${c.end === end} @change=${this.#end} />${this.t(
                `rrule.end.${end}`,
              )}</label
            >`,
        )}
        ${
          c.end === 'until'
            ? html`<label for="until">${this.t('rrule.until')}</label>
              <input id="until" type="date" .value=${dateOfUntil(c.until)} @change=${this.#until} @input=${this.#until} />`
            : nothing
        }
        ${
          c.end === 'count'
            ? html`<label for="count">${this.t('rrule.count')}</label> ${this.#numberInput('count', String(c.count), this.#count)}`
            : nothing
        }
      </fieldset>
    `;
  }
}
