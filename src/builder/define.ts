import { defineElement } from '../core/define.js';
import { SebayaBuilder } from './builder.js';
// The shell renders fields and imports by tag (BUILDER-CONTRACT.md): register them with it.
import './editors/define.js';
import './import/define.js';

defineElement('sebaya-builder', SebayaBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-builder': SebayaBuilder;
  }
}

export { SebayaBuilder };
