import { defineElement } from '../core/define.js';
import { SebayaBuilder } from './builder.js';
// The shell renders fields and imports by tag (BUILDER-CONTRACT.md). The editors and the importer
// are lazy chunks (./lazy.ts): the shell preloads them when the page is idle and a task page waits
// for them. Pages that want them at once import './editors/define.js' and './import/define.js'.

defineElement('sebaya-builder', SebayaBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-builder': SebayaBuilder;
  }
}

export { SebayaBuilder };
