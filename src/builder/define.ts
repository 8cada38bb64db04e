import { defineElement } from '../core/define.js';
import { SebayaBuilder } from './builder.js';

defineElement('sebaya-builder', SebayaBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-builder': SebayaBuilder;
  }
}

export { SebayaBuilder };
