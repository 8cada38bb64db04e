import { html, nothing, type TemplateResult } from 'lit';
import { describeIssue, formatPath, valueAt, type ConfigIssue } from '../core/config/issues.js';
import type { Params } from '../core/i18n/catalog.js';
import { baseLanguage, type LocalizedText } from '../core/i18n/localize.js';
import { safeUrl } from '../core/safe-url.js';
import type { QuizKey } from './messages.js';
import type { QuizAnswerDetail, QuizCompleteDetail } from './events.js';
import type { SebayaEvents } from '../core/events.js';
import { checkQuestions, drawDeck, filterByTags, fingerprint, isCorrect, mergeBanks, toQuestion, type Question } from './model/questions.js';
import { loadProgress, progressKey, saveProgress } from './model/progress.js';
import { DEFAULT_BATCH_SIZE, StatsBatcher } from './model/stats.js';
import type { QuizItem, QuizMode, RuntimeQuizSection } from './schema.js';

/**
 * The quiz itself — questions, answers, progress, stats and every template of the ready state —
 * loaded as a lazy chunk when a quiz first plays, so the page's main bundle carries only the
 * element's shell (`quiz.ts`). A Lit reactive controller in spirit: it asks the host to update.
 */

/** What the controller needs from its element (bound to the element's protected helpers). */
export interface QuizHost {
  id(): string;
  readonly name: string;
  locale(): string;
  intlLocale(): string;
  t(key: QuizKey | `core.${string}`, params?: Params): string;
  text(value: LocalizedText | undefined | null): string;
  emit<K extends keyof SebayaEvents>(type: K, detail: SebayaEvents[K]): void;
  update(): void;
  /** The page already has a heading for the quiz: keep the element's own one for screen readers only. */
  noTitle(): boolean;
}

/** A config problem found after validation (no playable question, no tag match). */
export class QuizConfigError extends Error {
  override readonly name = 'QuizConfigError';
  constructor(
    readonly details: readonly string[],
    readonly path: string | undefined,
  ) {
    super(details[0] ?? 'quiz config');
  }
}

/** A place on the page the summary can send the visitor to. */
interface NextLink {
  readonly kind: 'own' | 'directory' | 'calendar' | 'crisis';
  readonly label: string;
  readonly href?: string;
  readonly target?: Element;
}

export class QuizController {
  /** Every playable question, by id. */
  private readonly bank: Map<string, Question>;
  /** Question ids in play order. */
  private deck: readonly string[] = [];
  /** Index into `deck`; `deck.length` means the summary. */
  private index = 0;
  /** Checked answers: question id → chosen option ids. */
  private answers: Readonly<Record<string, readonly string[]>> = {};
  /** What the visitor has ticked for the current question. */
  private selection: readonly string[] = [];
  private nudge = false;
  /** Polite announcement for screen readers. */
  private announcement = '';
  /** Site-owner descriptions of skipped questions (for the owner box and the console). */
  readonly skipped: readonly string[];
  private neighbours: readonly NextLink[] = [];
  private readonly storageKey: string;
  private readonly stats?: StatsBatcher;
  private pendingSkipError?: { message: string; path: string };
  private focusNext?: string;
  private completeSent = false;

  /**
   * Checks the team's questions, merges the built-in bank, and resumes saved progress or draws a
   * deck. Throws `QuizConfigError` when nothing is left to play.
   */
  constructor(
    private readonly h: QuizHost,
    config: { readonly quiz?: RuntimeQuizSection | undefined },
    builtIn: readonly QuizItem[],
  ) {
    const section = (this.section = config.quiz ?? {});
    const describe = (i: ConfigIssue) => describeIssue(i, (k, p) => h.t(k as QuizKey, p), valueAt(config, i.path));
    const checked = checkQuestions(section.questions ?? [], ['quiz', 'questions']);
    if (checked.warnings.length) console.warn(`[${h.name}] config warnings:\n${checked.warnings.map(describe).join('\n')}`);

    const all = mergeBanks(checked.questions, builtIn.map(toQuestion));
    const playable = filterByTags(all, section.tags);
    if (!playable.length) {
      const issues: ConfigIssue[] = [...checked.errors];
      if (all.length) issues.unshift({ path: ['quiz', 'tags'], key: 'quiz.issue.noMatch', severity: 'error' });
      else if (!issues.length) issues.push({ path: ['quiz', 'questions'], key: 'quiz.issue.noQuestions', severity: 'error' });
      throw new QuizConfigError(issues.map(describe), issues[0] && formatPath(issues[0].path));
    }

    this.skipped = checked.errors.map(describe);
    const first = checked.errors[0];
    if (first) {
      this.pendingSkipError = { message: describe(first), path: formatPath(first.path) };
      console.error(`[${h.name}] quiz-questions-skipped:\n${this.skipped.join('\n')}`);
    }

    this.bank = new Map(playable.map((q) => [q.id, q]));
    // Progress belongs to these questions drawn this way: another bank, count or mode starts afresh.
    const shape = [this.mode, String(section.count ?? ''), String(section.shuffle ?? true), ...this.bank.keys()];
    this.storageKey = progressKey(`${h.id() || 'quiz'}:${fingerprint(shape)}`);
    const saved = loadProgress(this.storageKey, new Set(this.bank.keys()));
    if (saved) {
      this.deck = saved.deck;
      this.index = saved.index;
      this.answers = saved.answers;
      this.completeSent = saved.index >= saved.deck.length;
    } else this.start();

    if (section.stats?.endpoint) this.stats = new StatsBatcher(section.stats.endpoint, section.stats.batchSize ?? DEFAULT_BATCH_SIZE);
  }

  private readonly section: RuntimeQuizSection;

  get mode(): QuizMode {
    return this.section.mode ?? 'learn';
  }

  /** The element joined the page: listen for the page being hidden (to flush stats). */
  connect(): void {
    this.stats?.attach();
  }

  /** The element left the page or got a new config: flush and stop listening. */
  disconnect(): void {
    this.stats?.detach();
  }

  /** A fresh draw from the bank. */
  private start(): void {
    this.deck = drawDeck([...this.bank.values()], { shuffle: this.section.shuffle ?? true, count: this.section.count });
    this.index = 0;
    this.answers = {};
    this.selection = [];
    this.nudge = false;
    this.completeSent = false;
    this.save();
  }

  private save(): void {
    saveProgress(this.storageKey, { v: 1, deck: this.deck, index: this.index, answers: this.answers });
  }

  // ---- answering ------------------------------------------------------------------------------

  private get current(): Question | undefined {
    const id = this.deck[this.index];
    return id === undefined ? undefined : this.bank.get(id);
  }

  private onChoose(question: Question, optionId: string, checked: boolean): void {
    this.nudge = false;
    if (!question.multiple) this.selection = checked ? [optionId] : [];
    else this.selection = checked ? [...new Set([...this.selection, optionId])] : this.selection.filter((s) => s !== optionId);
    this.h.update();
  }

  private readonly onCheck = (e: Event): void => {
    e.preventDefault();
    const q = this.current;
    if (!q || this.answers[q.id]) return;
    this.h.update();
    if (!this.selection.length) {
      this.nudge = true;
      this.announcement = this.h.t('quiz.chooseFirst');
      return;
    }
    const chosen = [...this.selection];
    const correct = isCorrect(q, chosen);
    this.answers = { ...this.answers, [q.id]: chosen };
    this.selection = [];
    this.save();
    this.announcement = `${this.h.t(this.feedbackKey(correct))} ${this.verdict(q)}`;
    this.focusNext = '.feedback';
    this.stats?.record(q.id, correct);
    this.h.emit('sebaya-quiz-answer', { questionId: q.id, correct } satisfies QuizAnswerDetail);
  };

  private readonly onNext = (): void => {
    // Only from an answered question: a double tap must not skip the next one.
    const q = this.current;
    if (!q || !this.answers[q.id]) return;
    this.index += 1;
    this.nudge = false;
    this.save();
    this.h.update();
    if (this.index < this.deck.length) {
      this.announcement = '';
      this.focusNext = '.progress h3';
      return;
    }
    const { correct, total } = this.tally();
    this.announcement = this.mode === 'score' ? this.h.t('quiz.summary.score', { correct, total, count: total }) : this.h.t('quiz.summary.title');
    this.focusNext = '.summary h3';
    this.stats?.flush();
    if (!this.completeSent) {
      this.completeSent = true;
      this.h.emit('sebaya-quiz-complete', { correct, total } satisfies QuizCompleteDetail);
    }
  };

  private readonly onTryAgain = (): void => {
    this.start();
    this.announcement = '';
    this.focusNext = '.progress h3';
    this.h.update();
  };

  private tally(): { correct: number; total: number } {
    let correct = 0;
    for (const id of this.deck) {
      const q = this.bank.get(id);
      const chosen = this.answers[id];
      if (q && chosen && isCorrect(q, chosen)) correct += 1;
    }
    return { correct, total: this.deck.length };
  }

  private feedbackKey(correct: boolean): QuizKey {
    return `quiz.${this.mode}.${correct ? 'right' : 'wrong'}`;
  }

  /** "This is a myth." / "The right answer: …" */
  private verdict(q: Question): string {
    if (q.kind === 'mythFact') return this.h.t(q.options[1]?.correct ? 'quiz.verdict.fact' : 'quiz.verdict.myth');
    return this.h.t('quiz.verdict.options', { answers: q.options.filter((o) => o.correct).map((o) => this.optionText(q, o)).join(', ') });
  }

  /** Text in the visitor's language; marked with `lang` when it fell back to another language. */
  private say(value: LocalizedText): TemplateResult | string {
    const text = this.h.text(value);
    if (typeof value === 'string') return text;
    const from = Object.entries(value).find(([, v]) => v === text)?.[0];
    return from && baseLanguage(from) !== baseLanguage(this.h.locale()) ? html`<span lang=${from}>${text}</span>` : text;
  }

  private optionText(q: Question, o: { id: string; text: LocalizedText }): string {
    if (q.kind === 'mythFact') return this.h.t(o.id === 'fact' ? 'quiz.fact' : 'quiz.myth');
    return this.h.text(o.text);
  }

  // ---- lifecycle hooks (called by the element) ------------------------------------------------

  /** Before rendering: on the summary, look for the page's directory, calendar and crisis panel. */
  willUpdate(): void {
    if (this.index >= this.deck.length) this.neighbours = this.findNeighbours();
  }

  /** After rendering: report skipped questions once, and move focus where the visitor should be. */
  updated(root: ParentNode): void {
    if (this.pendingSkipError) {
      const { message, path } = this.pendingSkipError;
      this.pendingSkipError = undefined;
      this.h.emit('sebaya-error', { code: 'quiz-questions-skipped', message, path });
    }
    if (this.focusNext) {
      const target = root.querySelector<HTMLElement>(this.focusNext);
      this.focusNext = undefined;
      target?.focus();
    }
  }

  /** The directory, the calendar and the crisis panel when they are on the same page. */
  private findNeighbours(): NextLink[] {
    const own = this.section.nextSteps;
    const out: NextLink[] = [];
    const near = (kind: NextLink['kind'], label: string) => {
      const el = document.querySelector(`sebaya-${kind === 'crisis' ? 'crisis-help' : kind}`);
      // Link to the element, or to the nearest section around it that has an id; else scroll to it.
      const anchor = el?.closest('[id]');
      if (anchor) out.push({ kind, label, href: `#${encodeURIComponent(anchor.id)}` });
      else if (el) out.push({ kind, label, target: el });
    };
    if (own) {
      for (const step of own) {
        const href = safeUrl(step.url);
        if (href) out.push({ kind: 'own', label: this.h.text(step.label), href });
      }
    } else {
      near('directory', this.h.t('quiz.next.directory'));
      near('calendar', this.h.t('quiz.next.calendar'));
    }
    near('crisis', this.h.t('quiz.next.crisis'));
    return out;
  }

  // ---- rendering ------------------------------------------------------------------------------

  render(): TemplateResult {
    const t = this.h.t;
    const done = this.index >= this.deck.length;
    // With `no-title` the page's own heading and section name the quiz: a second, hidden heading
    // and a region of the same name would only repeat them to screen readers.
    const titled = !this.h.noTitle();
    return html`<section class="quiz" part="quiz" aria-labelledby=${titled ? 'quiz-title' : nothing}>
      ${titled ? html`<h2 id="quiz-title">${t('quiz.title')}</h2>` : nothing}
      ${this.skipped.length
        ? html`<div class="notice" part="notice">
            <p>${t('quiz.skipped', { count: this.skipped.length })}</p>
          </div>`
        : nothing}
      ${done ? this.renderSummary() : this.renderQuestion()}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
    </section>`;
  }

  private renderQuestion(): TemplateResult | typeof nothing {
    const q = this.current;
    if (!q) return nothing;
    const t = this.h.t;
    const total = this.deck.length;
    const chosen = this.answers[q.id];
    const answered = chosen !== undefined;
    const hint = q.kind === 'mythFact' ? t('quiz.mythOrFact') : t(q.multiple ? 'quiz.pickMany' : 'quiz.pickOne');
    return html`<div class="progress" part="progress">
        <h3 tabindex="-1">${t('quiz.progress', { current: this.index + 1, total })}</h3>
        <progress max=${total} value=${this.index + (answered ? 1 : 0)} aria-label=${t('quiz.progressLabel')}></progress>
      </div>
      <form @submit=${this.onCheck} novalidate>
        <fieldset part="question" aria-describedby="quiz-hint" ?disabled=${answered}>
          <legend>${this.say(q.text)}</legend>
          <p id="quiz-hint" class="muted">${hint}</p>
          <div class="options">${q.options.map((o) => this.renderOption(q, o, chosen))}</div>
        </fieldset>
        ${this.nudge ? html`<p class="nudge">${t('quiz.chooseFirst')}</p>` : nothing}
        ${answered ? nothing : html`<button type="submit" class="primary" part="check">${t('quiz.check')}</button>`}
      </form>
      ${answered ? this.renderFeedback(q, chosen) : nothing}`;
  }

  private renderOption(q: Question, o: Question['options'][number], chosen: readonly string[] | undefined): TemplateResult {
    const answered = chosen !== undefined;
    const picked = answered ? chosen.includes(o.id) : this.selection.includes(o.id);
    const marks = answered ? [o.correct ? this.h.t('quiz.option.correct') : '', picked ? this.h.t('quiz.option.chosen') : ''].filter(Boolean) : [];
    return html`<label class="option ${answered && o.correct ? 'is-correct' : ''}" part="option">
      <input
        type=${q.multiple ? 'checkbox' : 'radio'}
        name="answer"
        value=${o.id}
        .checked=${picked}
        @change=${(e: Event) => this.onChoose(q, o.id, (e.target as HTMLInputElement).checked)}
      />
      <span>${q.kind === 'choice' ? this.say(o.text) : this.optionText(q, o)}${marks.length ? html` <span class="mark">(${marks.join(', ')})</span>` : nothing}</span>
    </label>`;
  }

  private renderFeedback(q: Question, chosen: readonly string[]): TemplateResult {
    const correct = isCorrect(q, chosen);
    const last = this.index + 1 >= this.deck.length;
    return html`<div class="feedback ${correct ? 'right' : 'wrong'}" part="feedback" tabindex="-1">
      <p class="verdict"><strong>${this.h.t(this.feedbackKey(correct))}</strong> ${this.verdict(q)}</p>
      <p>${this.say(q.explanation)}</p>
      ${this.renderSource(q)}
      <div class="actions">
        <button type="button" class="primary" part="next" @click=${this.onNext}>${this.h.t(last ? 'quiz.finish' : 'quiz.next')}</button>
      </div>
    </div>`;
  }

  private renderSource(q: Question): TemplateResult | typeof nothing {
    if (!q.source) return nothing;
    const href = safeUrl(q.source.url);
    const label = this.say(q.source.label);
    const from = q.translatedFrom;
    const translated = from && baseLanguage(from) !== baseLanguage(this.h.locale());
    return html`<p class="source" part="source">
        ${this.h.t('quiz.source')} ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : label}
      </p>
      ${translated ? html`<p class="translated muted">${this.h.t('quiz.translated', { language: this.languageName(from) })}</p>` : nothing}`;
  }

  private languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.h.intlLocale()], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  private renderSummary(): TemplateResult {
    const t = this.h.t;
    const { correct, total } = this.tally();
    const questions = this.deck.map((id) => this.bank.get(id)).filter((q): q is Question => !!q);
    const missed = questions.filter((q) => !isCorrect(q, this.answers[q.id] ?? []));
    const score = this.mode === 'score';
    return html`<div class="summary" part="summary">
      <h3 tabindex="-1">${t('quiz.summary.title')}</h3>
      <p>${score ? t('quiz.summary.score', { correct, total, count: total }) : t('quiz.summary.learn', { total, count: total })}</p>
      ${score
        ? nothing
        : html`<ul class="summary-list">
            ${questions.map((q) => html`<li>${this.say(q.text)} — <strong>${this.verdict(q)}</strong></li>`)}
          </ul>`}
      ${missed.length
        ? html`<h3>${t(score ? 'quiz.summary.missedScore' : 'quiz.summary.missed')}</h3>
            <ul class="summary-list" part="missed">
              ${missed.map(
                // The explanation folds under its statement: the list stays short on a phone.
                (q) =>
                  html`<li>
                    <details>
                      <summary><strong>${this.say(q.text)}</strong> ${this.verdict(q)}</summary>
                      <p>${this.say(q.explanation)}</p>
                      ${this.renderSource(q)}
                    </details>
                  </li>`,
              )}
            </ul>`
        : html`<p>${t('quiz.summary.allRight')}</p>`}
      <div class="actions">
        <button type="button" class="primary" part="try-again" @click=${this.onTryAgain}>${t('quiz.tryAgain')}</button>
      </div>
      ${this.renderNextSteps()}
    </div>`;
  }

  private renderNextSteps(): TemplateResult {
    const links = this.neighbours;
    return html`<nav part="next-steps" aria-labelledby="quiz-next-title">
      <h3 id="quiz-next-title">${this.h.t('quiz.next.title')}</h3>
      <ul>
        ${links.map(
          (l) =>
            html`<li>
              ${l.href
                ? html`<a href=${l.href}>${l.label}</a>`
                : html`<button type="button" @click=${() => l.target?.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' })}>${l.label}</button>`}
            </li>`,
        )}
      </ul>

    </nav>`;
  }
}
