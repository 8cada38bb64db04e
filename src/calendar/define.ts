import { defineElement } from '../core/define.js';
import { SebayaCalendar } from './calendar.js';

defineElement('sebaya-calendar', SebayaCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-calendar': SebayaCalendar;
  }
}

export { SebayaCalendar };
