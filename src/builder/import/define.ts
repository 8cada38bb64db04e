import { defineElement } from '../../core/define.js';
import { SebayaImport } from './import-element.js';

defineElement('sebaya-import', SebayaImport);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-import': SebayaImport;
  }
}

export { SebayaImport };
export { importCsv, matchColumns, placesFrom } from './csv.js';
export { importConfig } from './config.js';
export { applyImport } from './apply.js';
export type { ImportResult, Skipped, Words } from './types.js';
