import { defineElement } from '../core/define.js';
import { SebayaDirectory } from './directory.js';

defineElement('sebaya-directory', SebayaDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-directory': SebayaDirectory;
  }
}

export { SebayaDirectory };
