import { defineElement } from '../core/define.js';
import { SebayaSupportForm } from './support-form.js';

defineElement('sebaya-support-form', SebayaSupportForm);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-support-form': SebayaSupportForm;
  }
}

export { SebayaSupportForm };
