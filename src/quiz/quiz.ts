import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ConfigOf } from '../core/element.js';
import { SebayaWidget } from '../core/widget.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { chunk } from '../core/lazy.js';
import type { QuizController } from './controller.js';
import { quizId, type QuizKey } from './messages.js';
import type { RuntimeQuizSection } from './schema.js';
import { quizStyles } from './styles.js';

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
  static override styles = [...SebayaWidget.styles, quizStyles];

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
    this.#quiz = new QuizController(
      this,
      this.i18n,
      (type, detail) => void this.emit(type, detail),
      config,
      builtIn?.BUILT_IN_BANK ?? [],
    );
  }

  protected renderContent(): TemplateResult | typeof nothing {
    return this.#quiz?.render() ?? nothing;
  }
}
