import { defineElement } from '../core/define.js';
import { SebayaCrisisHelp } from './crisis-help.js';

defineElement('sebaya-crisis-help', SebayaCrisisHelp);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-crisis-help': SebayaCrisisHelp;
  }
}

export { SebayaCrisisHelp };
