import { html, nothing, type PropertyDeclarations } from 'lit';
import { EditorBase, dispatchEdit, type EditDetail } from './base.js';
import {
  closedOnHolidays,
  DAY_CODES,
  draftsOf,
  firstProblem,
  rulesOf,
  toggleDay,
  withHolidays,
  type RuleDraft,
} from './hours-rules.js';
import type { TextValue } from './text.js';

/**
 * A place's opening hours: one or more rules (days, opening and closing time; a closing time before
 * the opening one runs past midnight, as the directory reads it), "closed on public holidays", and
 * a free-text note in the site's languages (a `<sebaya-edit-text>` for `note-path`). Rules that
 * cannot be kept yet (no day, no time) stay on screen with the reason and are not emitted.
 *
 * @summary Builder field editor: opening hours (a directory place's `hours` and `hoursNote`).
 * @tag sebaya-edit-hours
 * @fires sebaya-edit - `detail: { path, value }`: the `hours` list as the schema has it; for `note-path`, the note (string, `{ lang: text }` or `undefined`). Bubbles, composed.
 */
export class SebayaEditHours extends EditorBase {
  static override properties: PropertyDeclarations = {
    ...EditorBase.properties,
    note: { attribute: false },
    notePath: { attribute: 'note-path' },
    locale: {},
    drafts: { state: true },
    announcement: { state: true },
  };

  declare value: readonly unknown[] | undefined;
  /** The place's `hoursNote`. */
  declare note: TextValue;
  /** Where the note goes; by default `hoursNote` beside `path`. */
  notePath = '';
  /** The config's default language (a plain string note is in it). */
  locale = 'id';
  protected drafts: RuleDraft[] = [];
  protected announcement = '';

  protected override valueFromOutside(): void {
    this.drafts = draftsOf(this.value);
  }

  get #notePath(): string {
    return this.notePath || this.path.replace(/hours$/, 'hoursNote');
  }

  #change(drafts: RuleDraft[], announce = ''): void {
    this.drafts = drafts;
    this.announcement = announce;
    const problem = firstProblem(drafts);
    if (problem)
      return this.refuse(this.t(problem.problem === 'noDays' ? 'hours.noDays' : 'hours.badTime', { n: problem.rule }));
    this.accept(rulesOf(drafts));
  }

  #edit(i: number, patch: (d: RuleDraft) => RuleDraft): void {
    this.#change(this.drafts.map((d, j) => (j === i ? patch(d) : d)));
  }

  #add = (): void => {
    const n = this.drafts.length + 1;
    this.drafts = [...this.drafts, { original: {}, days: [], opens: '08:00', closes: '16:00' }];
    this.announcement = this.t('hours.added', { n });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`fieldset[data-rule="${n}"] input`)?.focus(),
    );
  };

  #remove(i: number): void {
    this.#change(
      this.drafts.filter((_, j) => j !== i),
      this.t('hours.removed', { n: i + 1 }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add')?.focus());
  }

  #holidays = (e: Event): void => {
    const on = (e.target as HTMLInputElement).checked;
    this.note = withHolidays(this.note, on, this.locale);
    dispatchEdit(this, this.#notePath, this.note);
  };

  #noteEdited = (e: CustomEvent<EditDetail>): void => {
    this.note = e.detail.value as TextValue;
  };

  override render() {
    return html`<div class="root">
      <fieldset class="hours" aria-describedby=${this.describedBy()}>
        <legend>${this.label}${this.requiredMark()}</legend>
        ${this.drafts.map((d, i) => this.#rule(d, i))}
        <button type="button" id="add" @click=${this.#add}>${this.t('hours.add')}</button>
        <label class="check" for="holidays">
          <input id="holidays" type="checkbox" .checked=${closedOnHolidays(this.note)} @change=${this.#holidays} />
          <span>${this.t('hours.holidays')}</span>
        </label>
        <sebaya-edit-text
          multiline
          .value=${this.note}
          .path=${this.#notePath}
          .label=${this.t('hours.note')}
          .hint=${this.t('hours.note.hint')}
          .lang=${this.lang}
          .languages=${this.languages}
          .locale=${this.locale}
          @sebaya-edit=${this.#noteEdited}
        ></sebaya-edit-text>
      </fieldset>
      ${this.notes()}
      <p class="visually-hidden" role="status" aria-live="polite" id="announce">${this.announcement}</p>
    </div>`;
  }

  #rule(d: RuleDraft, i: number) {
    const n = i + 1;
    const others = d.days.filter((t) => !(DAY_CODES as readonly string[]).includes(t));
    return html`<fieldset class="rule" data-rule=${n}>
      <legend>${this.t('hours.rule', { n })}</legend>
      <fieldset class="days">
        <legend>${this.t('hours.days')}</legend>
        ${DAY_CODES.map(
          (day) =>
            html`<label class="check" for=${`r${n}-${day}`}>
              <input
                id=${`r${n}-${day}`}
                type="checkbox"
                .checked=${d.days.includes(day)}
                @change=${(e: Event) => this.#edit(i, (r) => toggleDay(r, day, (e.target as HTMLInputElement).checked))}
              />
              <span>${this.t(`day.${day}`)}</span>
            </label>`,
        )}
        ${others.length ? html`<p class="hint">${others.join(', ')}</p>` : nothing}
      </fieldset>
      <div class="row">
        <div>
          <label for=${`r${n}-opens`}>${this.t('hours.opens')}</label>
          <input
            id=${`r${n}-opens`}
            type="time"
            .value=${d.opens}
            @input=${(e: Event) => this.#edit(i, (r) => ({ ...r, opens: (e.target as HTMLInputElement).value }))}
          />
        </div>
        <div>
          <label for=${`r${n}-closes`}>${this.t('hours.closes')}</label>
          <input
            id=${`r${n}-closes`}
            type="time"
            .value=${d.closes === '24:00' ? '23:59' : d.closes}
            @input=${(e: Event) => this.#edit(i, (r) => ({ ...r, closes: (e.target as HTMLInputElement).value }))}
          />
        </div>
      </div>
      <button type="button" @click=${() => this.#remove(i)}>${this.t('hours.remove', { n })}</button>
    </fieldset>`;
  }
}
