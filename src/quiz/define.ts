import { defineElement } from '../core/define.js';
import { SebayaQuiz, type QuizAnswerDetail, type QuizCompleteDetail } from './quiz.js';

defineElement('sebaya-quiz', SebayaQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-quiz': SebayaQuiz;
  }
  interface HTMLElementEventMap {
    'sebaya-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'sebaya-quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}

export { SebayaQuiz };
