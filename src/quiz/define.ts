import { defineElement } from '../core/define.js';
import { SebayaQuiz } from './quiz.js';

defineElement('sebaya-quiz', SebayaQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-quiz': SebayaQuiz;
  }
}

export { SebayaQuiz };
