import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeIssue, formatPath, valueAt, type ConfigIssue } from '../core/config/issues.js';
import type { Localize } from '../core/i18n/controller.js';
import type { Params } from '../core/i18n/catalog.js';
import { baseLanguage, type LocalizedText } from '../core/i18n/localize.js';
import { ProblemError } from '../core/problem.js';
import { findNeighbours, type NextLink } from './neighbours.js';
import { safeUrl } from '../core/safe-url.js';
import type { QuizKey } from './messages.js';
import type { QuizAnswerDetail, QuizCompleteDetail } from './events.js';
import type { SebayaEvents } from '../core/events.js';
import {
  awaiting,
  current,
  isOver,
  newRound,
  next,
  record,
  roundKey,
  tally,
  toggle,
  type Bank,
  type Draw,
  type Round,
} from './model/deck.js';
import { checkQuestions, filterByTags, isCorrect, mergeBanks, toQuestion, type Question } from './model/questions.js';
import { loadProgress, saveProgress } from './model/progress.js';
import { DEFAULT_BATCH_SIZE, StatsBatcher } from './model/stats.js';
import type { QuizItem, QuizMode, RuntimeQuizSection } from './schema.js';

/**
 * The quiz itself — the round in play (`model/deck.ts`), stats, and every template of the ready
 * state — loaded as a lazy chunk when a quiz first plays, so the page's main bundle carries only
 * the element's shell (`quiz.ts`). A Lit reactive controller: it follows its element's lifecycle.
 */

/** What the controller reads of its element, besides its language (the element's `Localize`). */
export interface QuizHost extends ReactiveControllerHost {
  /** Also names the saved progress. */
  readonly id: string;
  readonly localName: string;
  readonly state: string;
  /** The page already has a heading for the quiz: leave the element's own one out. */
  readonly noTitle: boolean;
  readonly renderRoot: ParentNode;
}

/** Dispatches one of Sebaya's events from the element (its protected `emit`). */
export type Emit = <K extends keyof SebayaEvents>(type: K, detail: SebayaEvents[K]) => void;

export class QuizController implements ReactiveController {
  readonly #host: QuizHost;
  readonly #i18n: Localize<QuizKey>;
  readonly #emit: Emit;
  readonly #section: RuntimeQuizSection;
  readonly #draw: Draw;
  /** Every playable question, by id. */
  readonly #bank: Bank;
  /** The round in play (saved after every step). */
  #round: Round;
  /** What the visitor has ticked for the current question. */
  #selection: readonly string[] = [];
  #nudge = false;
  /** Polite announcement for screen readers. */
  #announcement = '';
  /** Site-owner descriptions of skipped questions (for the owner box and the console). */
  readonly skipped: readonly string[];
  #neighbours: readonly NextLink[] = [];
  readonly #storageKey: string;
  readonly #stats?: StatsBatcher;
  #pendingSkipError?: { message: string; path: string };
  #focusNext?: string;
  #completeSent = false;
  /** Words from the quiz's or the core catalog, in the element's language. */
  readonly #t = (key: QuizKey, params?: Params): string => this.#i18n.t(key, params);

  /**
   * Checks the team's questions, merges the built-in bank, and resumes saved progress or draws a
   * deck, then joins the element's controllers. Throws a `ProblemError` (`config-invalid`, worded
   * in the element's language) when nothing is left to play.
   */
  constructor(
    host: QuizHost,
    i18n: Localize<QuizKey>,
    emit: Emit,
    config: { readonly quiz?: RuntimeQuizSection | undefined },
    builtIn: readonly QuizItem[],
  ) {
    this.#host = host;
    this.#i18n = i18n;
    this.#emit = emit;
    const section = (this.#section = config.quiz ?? {});
    const describe = (i: ConfigIssue) => describeIssue(i, (k, p) => i18n.t(k as QuizKey, p), valueAt(config, i.path));
    const checked = checkQuestions(section.questions ?? [], ['quiz', 'questions']);
    if (checked.warnings.length)
      console.warn(`[${host.localName}] config warnings:\n${checked.warnings.map(describe).join('\n')}`);

    const all = mergeBanks(checked.questions, builtIn.map(toQuestion));
    const playable = filterByTags(all, section.tags);
    if (!playable.length) {
      const issues: ConfigIssue[] = [...checked.errors];
      if (all.length) issues.unshift({ path: ['quiz', 'tags'], key: 'quiz.issue.noMatch', severity: 'error' });
      else if (!issues.length)
        issues.push({ path: ['quiz', 'questions'], key: 'quiz.issue.noQuestions', severity: 'error' });
      throw new ProblemError(() => {
        const details = issues.map(describe);
        return {
          code: 'config-invalid',
          message: details[0] ?? '',
          path: formatPath(issues[0]?.path ?? []),
          details,
          retryable: false,
        };
      });
    }

    this.skipped = checked.errors.map(describe);
    const first = checked.errors[0];
    if (first) {
      this.#pendingSkipError = { message: describe(first), path: formatPath(first.path) };
      console.error(`[${host.localName}] quiz-questions-skipped:\n${this.skipped.join('\n')}`);
    }

    const bank = (this.#bank = new Map(playable.map((q) => [q.id, q])));
    const draw = (this.#draw = { shuffle: section.shuffle ?? true, count: section.count });
    this.#storageKey = roundKey(host.id, this.#mode, draw, bank);
    const saved = loadProgress(this.#storageKey, new Set(bank.keys()));
    this.#round = saved ?? this.#start();
    this.#completeSent = !!saved && isOver(saved);

    if (section.stats?.endpoint)
      this.#stats = new StatsBatcher(section.stats.endpoint, section.stats.batchSize ?? DEFAULT_BATCH_SIZE);
    host.addController(this);
  }

  get #mode(): QuizMode {
    return this.#section.mode ?? 'learn';
  }

  /** The element got a new config: stop (flushing stats) and leave its controllers. */
  drop(): void {
    this.#host.removeController(this);
    this.hostDisconnected();
  }

  /** A fresh draw from the bank, saved. */
  #start(): Round {
    this.#selection = [];
    this.#nudge = this.#completeSent = false;
    return this.#save(newRound(this.#bank, this.#draw));
  }

  #save(round: Round): Round {
    saveProgress(this.#storageKey, (this.#round = round));
    return round;
  }

  // ---- lifecycle (Lit calls these) ----------------------------------------------------------

  /** The element joined the page: listen for the page being hidden (to flush stats). */
  hostConnected(): void {
    this.#stats?.attach();
  }

  /** The element left the page: flush and stop listening. */
  hostDisconnected(): void {
    this.#stats?.detach();
  }

  /** Before rendering the summary: look for the page's directory, calendar and crisis panel. */
  hostUpdate(): void {
    if (this.#host.state === 'ready' && isOver(this.#round))
      this.#neighbours = findNeighbours(this.#i18n, this.#section.nextSteps);
  }

  /** After rendering: report skipped questions once, and move focus where the visitor should be. */
  hostUpdated(): void {
    if (this.#host.state !== 'ready') return;
    if (this.#pendingSkipError) {
      const { message, path } = this.#pendingSkipError;
      this.#pendingSkipError = undefined;
      this.#emit('sebaya-error', { code: 'quiz-questions-skipped', message, path });
    }
    if (this.#focusNext) {
      const target = this.#host.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      this.#focusNext = undefined;
      target?.focus();
    }
  }

  // ---- answering ------------------------------------------------------------------------------

  #onChoose(question: Question, optionId: string, checked: boolean): void {
    this.#nudge = false;
    this.#selection = toggle(this.#selection, question, optionId, checked);
    this.#host.requestUpdate();
  }

  readonly #onCheck = (e: Event): void => {
    e.preventDefault();
    const q = awaiting(this.#round, this.#bank);
    if (!q) return;
    this.#host.requestUpdate();
    if (!this.#selection.length) {
      this.#nudge = true;
      this.#announcement = this.#t('quiz.chooseFirst');
      return;
    }
    const { round, correct } = record(this.#round, q, this.#selection);
    this.#selection = [];
    this.#save(round);
    this.#announcement = `${this.#t(this.#feedbackKey(correct))} ${this.#verdict(q)}`;
    this.#focusNext = '.feedback';
    this.#stats?.record(q.id, correct);
    this.#emit('sebaya-quiz-answer', { questionId: q.id, correct } satisfies QuizAnswerDetail);
  };

  readonly #onNext = (): void => {
    const round = next(this.#round, this.#bank);
    if (!round) return;
    this.#nudge = false;
    this.#save(round);
    this.#host.requestUpdate();
    if (!isOver(round)) {
      this.#announcement = '';
      this.#focusNext = '.progress h3';
      return;
    }
    const { correct, total } = tally(round, this.#bank);
    this.#announcement =
      this.#mode === 'score'
        ? this.#t('quiz.summary.score', { correct, total, count: total })
        : this.#t('quiz.summary.title');
    this.#focusNext = '.summary h3';
    this.#stats?.flush();
    if (!this.#completeSent) {
      this.#completeSent = true;
      this.#emit('sebaya-quiz-complete', { correct, total } satisfies QuizCompleteDetail);
    }
  };

  readonly #onTryAgain = (): void => {
    this.#start();
    this.#announcement = '';
    this.#focusNext = '.progress h3';
    this.#host.requestUpdate();
  };

  #feedbackKey(correct: boolean): QuizKey {
    return `quiz.${this.#mode}.${correct ? 'right' : 'wrong'}`;
  }

  /** "This is a myth." / "The right answer: …" */
  #verdict(q: Question): string {
    if (q.kind === 'mythFact') return this.#t(q.options[1]?.correct ? 'quiz.verdict.fact' : 'quiz.verdict.myth');
    return this.#t('quiz.verdict.options', {
      answers: q.options
        .filter((o) => o.correct)
        .map((o) => this.#optionText(q, o))
        .join(', '),
    });
  }

  /** Text in the visitor's language; marked with `lang` when it fell back to another language. */
  #say(value: LocalizedText): TemplateResult | string {
    const text = this.#i18n.text(value);
    if (typeof value === 'string') return text;
    const from = Object.entries(value).find(([, v]) => v === text)?.[0];
    return from && baseLanguage(from) !== baseLanguage(this.#i18n.locale)
      ? html`<span lang=${from}>${text}</span>`
      : text;
  }

  #optionText(q: Question, o: { id: string; text: LocalizedText }): string {
    if (q.kind === 'mythFact') return this.#t(o.id === 'fact' ? 'quiz.fact' : 'quiz.myth');
    return this.#i18n.text(o.text);
  }

  // ---- rendering ------------------------------------------------------------------------------

  render(): TemplateResult {
    const t = this.#t;
    // With `no-title` the page's own heading and section name the quiz: a second, hidden heading
    // and a region of the same name would only repeat them to screen readers.
    const titled = !this.#host.noTitle;
    return html`<section class="quiz" part="quiz" aria-labelledby=${titled ? 'quiz-title' : nothing}>
      ${titled ? html`<h2 id="quiz-title">${t('quiz.title')}</h2>` : nothing}
      ${
        this.skipped.length
          ? html`<div class="notice" part="notice">
            <p>${t('quiz.skipped', { count: this.skipped.length })}</p>
          </div>`
          : nothing
      }
      ${isOver(this.#round) ? this.#renderSummary() : this.#renderQuestion()}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</p>
    </section>`;
  }

  #renderQuestion(): TemplateResult | typeof nothing {
    const { deck, index, answers } = this.#round;
    const q = current(this.#round, this.#bank);
    if (!q) return nothing;
    const t = this.#t;
    const total = deck.length;
    const chosen = answers[q.id];
    const answered = chosen !== undefined;
    const hint = q.kind === 'mythFact' ? t('quiz.mythOrFact') : t(q.multiple ? 'quiz.pickMany' : 'quiz.pickOne');
    return html`<div class="progress" part="progress">
        <h3 tabindex="-1">${t('quiz.progress', { current: index + 1, total })}</h3>
        <progress max=${total} value=${index + (answered ? 1 : 0)} aria-label=${t('quiz.progressLabel')}></progress>
      </div>
      <form @submit=${this.#onCheck} novalidate>
        <fieldset part="question" aria-describedby="quiz-hint" ?disabled=${answered}>
          <legend>${this.#say(q.text)}</legend>
          <p id="quiz-hint" class="muted">${hint}</p>
          <div class="options">${q.options.map((o) => this.#renderOption(q, o, chosen))}</div>
        </fieldset>
        ${this.#nudge ? html`<p class="nudge">${t('quiz.chooseFirst')}</p>` : nothing}
        ${answered ? nothing : html`<button type="submit" class="primary" part="check">${t('quiz.check')}</button>`}
      </form>
      ${answered ? this.#renderFeedback(q, chosen) : nothing}`;
  }

  #renderOption(q: Question, o: Question['options'][number], chosen: readonly string[] | undefined): TemplateResult {
    const answered = chosen !== undefined;
    const picked = answered ? chosen.includes(o.id) : this.#selection.includes(o.id);
    const marks = answered
      ? [o.correct ? this.#t('quiz.option.correct') : '', picked ? this.#t('quiz.option.chosen') : ''].filter(Boolean)
      : [];
    return html`<label class="option ${answered && o.correct ? 'is-correct' : ''}" part="option">
      <input
        type=${q.multiple ? 'checkbox' : 'radio'}
        name="answer"
        value=${o.id}
        .checked=${picked}
        @change=${(e: Event) => this.#onChoose(q, o.id, (e.target as HTMLInputElement).checked)}
      />
      <span>${q.kind === 'choice' ? this.#say(o.text) : this.#optionText(q, o)}${marks.length ? html` <span class="mark">(${marks.join(', ')})</span>` : nothing}</span>
    </label>`;
  }

  #renderFeedback(q: Question, chosen: readonly string[]): TemplateResult {
    const correct = isCorrect(q, chosen);
    const last = this.#round.index + 1 >= this.#round.deck.length;
    return html`<div class="feedback ${correct ? 'right' : 'wrong'}" part="feedback" tabindex="-1">
      <p class="verdict"><strong>${this.#t(this.#feedbackKey(correct))}</strong> ${this.#verdict(q)}</p>
      <p>${this.#say(q.explanation)}</p>
      ${this.#renderSource(q)}
      <div class="actions">
        <button type="button" class="primary" part="next" @click=${this.#onNext}>${this.#t(last ? 'quiz.finish' : 'quiz.next')}</button>
      </div>
    </div>`;
  }

  #renderSource(q: Question): TemplateResult | typeof nothing {
    if (!q.source) return nothing;
    const href = safeUrl(q.source.url);
    const label = this.#say(q.source.label);
    const from = q.translatedFrom;
    const translated = from && baseLanguage(from) !== baseLanguage(this.#i18n.locale);
    return html`<p class="source" part="source">
        ${this.#t('quiz.source')} ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : label}
      </p>
      ${translated ? html`<p class="translated muted">${this.#t('quiz.translated', { language: this.#languageName(from) })}</p>` : nothing}`;
  }

  #languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.#i18n.intlLocale], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  #renderSummary(): TemplateResult {
    const t = this.#t;
    const { correct, total, questions, missed } = tally(this.#round, this.#bank);
    const score = this.#mode === 'score';
    return html`<div class="summary" part="summary">
      <h3 tabindex="-1">${t('quiz.summary.title')}</h3>
      <p>${score ? t('quiz.summary.score', { correct, total, count: total }) : t('quiz.summary.learn', { total, count: total })}</p>
      ${
        score
          ? nothing
          : html`<ul class="summary-list">
            ${questions.map((q) => html`<li>${this.#say(q.text)} — <strong>${this.#verdict(q)}</strong></li>`)}
          </ul>`
      }
      ${
        missed.length
          ? html`<h3>${t(score ? 'quiz.summary.missedScore' : 'quiz.summary.missed')}</h3>
            <ul class="summary-list" part="missed">
              ${missed.map(
                // The explanation folds under its statement: the list stays short on a phone.
                (q) =>
                  html`<li>
                    <details>
                      <summary><strong>${this.#say(q.text)}</strong> ${this.#verdict(q)}</summary>
                      <p>${this.#say(q.explanation)}</p>
                      ${this.#renderSource(q)}
                    </details>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t('quiz.summary.allRight')}</p>`
      }
      <div class="actions">
        <button type="button" class="primary" part="try-again" @click=${this.#onTryAgain}>${t('quiz.tryAgain')}</button>
      </div>
      ${this.#renderNextSteps()}
    </div>`;
  }

  #renderNextSteps(): TemplateResult {
    const links = this.#neighbours;
    return html`<nav part="next-steps" aria-labelledby="quiz-next-title">
      <h3 id="quiz-next-title">${this.#t('quiz.next.title')}</h3>
      <ul>
        ${links.map(
          (l) =>
            html`<li>
              ${
                l.href
                  ? html`<a href=${l.href}>${l.label}</a>`
                  : html`<button type="button" @click=${() => l.target?.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' })}>${l.label}</button>`
              }
            </li>`,
        )}
      </ul>

    </nav>`;
  }
}
