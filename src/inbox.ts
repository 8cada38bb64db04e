/**
 * The coordinator's entry, `dist/inbox.js` (`vite build --mode inbox`): registers only
 * `<sebaya-inbox>`. It is kept out of `sebaya.js`, which public pages load: visitors never download
 * the inbox, and the inbox page loads nothing of the visitors' elements.
 */
import './inbox/define.js';

export { SebayaInbox } from './inbox/define.js';
