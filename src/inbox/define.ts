import { defineElement } from '../core/define.js';
import { SebayaInbox } from './inbox.js';

defineElement('sebaya-inbox', SebayaInbox);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-inbox': SebayaInbox;
  }
}

export { SebayaInbox };
