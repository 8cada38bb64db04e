import { css, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ConfigOf } from '../core/element.js';
import { SebayaWidget } from '../core/widget.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { chunk } from '../core/lazy.js';
import type { QuizController } from './controller.js';
import { quizId, type QuizKey } from './messages.js';
import type { RuntimeQuizSection } from './schema.js';

/** English is a lazy chunk, loaded when the page asks for it. */
const CATALOGS: Catalogs<QuizKey> = { id: quizId, en: () => import('./messages-en.js').then((m) => m.quizEn) };

/** The playing quiz, and the built-in bank (only when a quiz plays it): lazy chunks. */
const controller = chunk(() => import('./controller.js'));
const bank = chunk(() => import('./bank/index.js'));

export type { QuizAnswerDetail, QuizCompleteDetail } from './events.js';

/**
 * A myth-vs-fact quiz against stigma: one question at a time, kind feedback with the explanation
 * and its source, a summary with what to do next. Works with no config (the built-in bilingual
 * bank, loaded as a lazy chunk); a team adds its own questions in the `quiz` section.
 *
 * @summary Myth-or-fact quiz with explanations, sources and a built-in bank.
 * @tag sebaya-quiz
 *
 * @attr src - URL of the site config (JSON); reads `quiz`, `locale`, `messages`, `crisis`.
 * @attr lang - Language (`id`, `en`, or a locale the config adds).
 * @attr theme - `light`, `dark` or `auto`.
 * @attr id - Also names the saved progress, so two quizzes on one page resume separately.
 * @attr no-title - Leaves out the element's "Myth or fact?" heading (and its region name) when the page has its own heading.
 *
 * @fires sebaya-ready - The first question (or the resumed one) is shown.
 * @fires sebaya-error - The config is broken, or some questions were skipped (`code: "quiz-questions-skipped"`); `detail: { code, message, path? }`.
 * @fires sebaya-quiz-answer - An answer was checked; `detail: { questionId, correct }`.
 * @fires sebaya-quiz-complete - The summary is shown; `detail: { correct, total }`.
 *
 * @csspart base - The root box.
 * @csspart quiz - The quiz section.
 * @csspart progress - The "Question 3 of 10" line and its bar.
 * @csspart question - The fieldset of the current question.
 * @csspart option - One answer (label with its input).
 * @csspart check - The "Check my answer" button.
 * @csspart feedback - Right or not, the explanation and the source.
 * @csspart source - The source line.
 * @csspart next - The "Next question" / "See the summary" button.
 * @csspart summary - The summary.
 * @csspart missed - The list of questions worth another look.
 * @csspart try-again - The "Try again" button.
 * @csspart next-steps - Links to what to do next.
 * @csspart notice - The note about skipped questions.
 * @csspart error - The error state.
 *
 * @cssprop --sebaya-quiz-accent - Accent (buttons, progress bar); falls back to --sebaya-color-accent.
 * @cssprop --sebaya-quiz-right - Colour of a right answer; falls back to --sebaya-color-success.
 * @cssprop --sebaya-quiz-wrong - Colour of "not quite"; falls back to --sebaya-color-link (calm, not alarming).
 */
export class SebayaQuiz extends SebayaWidget<RuntimeQuizSection, QuizKey> {
  static override styles = [
    ...SebayaWidget.styles,
    css`
      :host {
        --_sebaya-quiz-accent: var(--sebaya-quiz-accent, var(--_sebaya-accent));
        --_sebaya-quiz-right: var(--sebaya-quiz-right, var(--_sebaya-success));
        --_sebaya-quiz-wrong: var(--sebaya-quiz-wrong, var(--_sebaya-link));
      }
      .quiz {
        padding: var(--_sebaya-space);
        border: 1px solid var(--_sebaya-border);
        border-radius: var(--_sebaya-radius);
      }
      .progress {
        display: grid;
        gap: 0.25em;
        margin-bottom: 0.75em;
      }
      .progress h3 {
        margin: 0;
        font-size: 0.95em;
        color: var(--_sebaya-fg-muted);
      }
      progress {
        width: 100%;
        height: 0.5em;
        accent-color: var(--_sebaya-quiz-accent);
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 0.75em;
        min-width: 0;
      }
      legend {
        font-size: 1.15em;
        font-weight: 700;
        padding: 0;
        margin-bottom: 0.5em;
      }
      .options {
        display: grid;
        gap: 0.5em;
      }
      .option {
        display: flex;
        align-items: center;
        gap: 0.6em;
        min-height: var(--_sebaya-target);
        padding: 0.4em 0.75em;
        border: 1px solid var(--_sebaya-border);
        border-radius: var(--_sebaya-radius);
        cursor: pointer;
      }
      .option input {
        width: 1.25em;
        height: 1.25em;
        margin: 0;
        flex: none;
        accent-color: var(--_sebaya-quiz-accent);
      }
      .option.is-correct {
        border: 2px solid var(--_sebaya-quiz-right);
      }
      .mark {
        font-size: 0.9em;
        font-weight: 600;
      }
      .feedback {
        margin-top: 0.75em;
        padding: 0.75em var(--_sebaya-space);
        border-inline-start: 0.35em solid var(--_sebaya-quiz-wrong);
        background: var(--_sebaya-bg-muted);
        border-radius: var(--_sebaya-radius);
      }
      .feedback.right {
        border-inline-start-color: var(--_sebaya-quiz-right);
      }
      .verdict strong {
        display: block;
      }
      .source,
      .translated {
        font-size: 0.9em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 0.75em;
      }
      .nudge {
        font-weight: 600;
      }
      .summary-list {
        padding-inline-start: 1.25em;
      }
      .summary-list li {
        margin-bottom: 0.6em;
      }
      /* Each missed statement is a disclosure: its marker replaces the bullet. */
      [part='missed'] {
        list-style: none;
        padding: 0;
      }
      summary {
        cursor: pointer;
        min-height: 24px;
      }
      .notice {
        padding: 0.5em 0.75em;
        margin-bottom: 0.75em;
        background: var(--_sebaya-warning-bg);
        border-radius: var(--_sebaya-radius);
        font-size: 0.9em;
      }
      .notice ul {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      }
    `,
  ];

  protected readonly section = 'quiz' as const;
  /** Loaded beside the config, so valibot stays out of the main bundle. */
  protected readonly schema = () => import('./schema.js').then((m) => m.runtimeSchema);
  protected readonly catalogs = CATALOGS;
  protected override readonly worksWithoutConfig = true;

  /** The playing quiz (a lazy chunk), once a valid config has arrived. */
  #quiz?: QuizController;

  /** The skipped questions with their paths, for the owner box (visitors see one calm line). */
  protected override ownerLines(): readonly string[] {
    return this.#quiz?.skipped ?? [];
  }

  // Reactive properties (no decorators: see `SebayaElement.properties`).
  static override properties: PropertyDeclarations = {
    noTitle: { type: Boolean, attribute: 'no-title' },
  };

  /** Leaves out the "Myth or fact?" heading (and its region name) when the page has its own heading. */
  noTitle = false;

  /**
   * Loads the quiz (and the built-in bank when it plays) in parallel, then checks the questions.
   * The quiz is one of the element's reactive controllers (it follows the element's lifecycle);
   * one from an earlier config leaves them first.
   */
  protected override async prepare(config: ConfigOf<{ quiz?: RuntimeQuizSection }>): Promise<void> {
    const section = config.quiz ?? {};
    const withBank = section.includeBuiltIn ?? !section.questions?.length;
    const [{ QuizController }, builtIn] = await Promise.all([controller(), withBank ? bank() : undefined]);
    this.#quiz?.drop();
    this.#quiz = undefined;
    this.#quiz = new QuizController(this, this.i18n, (type, detail) => void this.emit(type, detail), config, builtIn?.BUILT_IN_BANK ?? []);
  }

  protected renderContent(): TemplateResult | typeof nothing {
    return this.#quiz?.render() ?? nothing;
  }
}
