/** The quiz's events (see `core/events.ts`). Type-only. */

/** `sebaya-quiz-answer` detail: which question, and whether the answer was right. Nothing else. */
export interface QuizAnswerDetail {
  readonly questionId: string;
  readonly correct: boolean;
}

/** `sebaya-quiz-complete` detail: right answers out of the questions in the round. */
export interface QuizCompleteDetail {
  readonly correct: number;
  readonly total: number;
}

declare module '../core/events.js' {
  interface SebayaEvents {
    /** A question was answered. */
    'sebaya-quiz-answer': QuizAnswerDetail;
    /** A round was finished. */
    'sebaya-quiz-complete': QuizCompleteDetail;
  }
}
