/**
 * The config builder's entry, `dist/builder.js` (`vite build --mode builder`): registers only
 * `<sebaya-builder>`. Kept out of `sebaya.js`: visitors never download the builder. The builder page
 * (`dist/builder/index.html`) loads `sebaya.js` beside it for the live preview.
 */
import './builder/define.js';

export { SebayaBuilder } from './builder/define.js';
