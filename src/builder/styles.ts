import { css } from 'lit';
import { controls } from '../core/theme/controls.js';
import { base, tokens } from '../core/theme/tokens.js';

/** The builder over the elements' shared tokens: the form beside the preview, under it below 900 px. */
export const builderStyles = [
  tokens,
  base,
  controls,
  css`
    :host {
      display: block;
    }
    .layout {
      display: grid;
      gap: 1.5em;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
      .preview {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow: auto;
      }
    }
    h1 {
      font-size: 1.5em;
      margin: 0 0 0.5em;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1.1em;
    }
    button,
    select,
    input,
    a {
      min-height: 24px;
      min-width: 24px;
    }
    :focus-visible {
      outline: 3px solid var(--_sebaya-focus, currentColor);
      outline-offset: 2px;
    }
    .tasks {
      list-style: none;
      padding: 0;
    }
    .tasks li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5em;
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_sebaya-border);
    }
    .status {
      font-weight: bold;
    }
    .status.problems,
    .error {
      color: var(--_sebaya-danger);
    }
    .hint {
      color: var(--_sebaya-text-muted, inherit);
      margin: 0.25em 0;
    }
    .field {
      margin: 0.75em 0;
    }
    .field label {
      display: block;
      font-weight: bold;
    }
    .field input,
    .field select,
    .field textarea,
    .panel input,
    .panel textarea {
      width: 100%;
      box-sizing: border-box;
    }
    fieldset {
      border: 1px solid var(--_sebaya-border);
      border-radius: var(--_sebaya-radius);
      margin: 0.75em 0;
      min-width: 0;
    }
    .list ol {
      padding-inline-start: 1.25em;
    }
    .item-bar,
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      margin: 0.5em 0;
    }
    .item-edit {
      flex: 1 1 12em;
      text-align: start;
    }
    .summary {
      border: 4px solid var(--_sebaya-danger);
      padding: 0.75em;
      margin: 1em 0;
      /* A path (\`calendar.sources[0].events[0].end\`) has no space to break at on a phone. */
      overflow-wrap: anywhere;
    }
    /* The live region stays in the page (so what it says later is announced) but leaves no mark. */
    .notice.quiet {
      border: 0;
      padding: 0;
      margin: 0;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      border-inline-start: 6px solid var(--_sebaya-accent, currentColor);
      padding: 0.25em 0.75em;
      margin: 0.75em 0;
    }
    .panel {
      margin: 1.5em 0;
    }
    .snippet {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--_sebaya-bg-muted);
      padding: 0.5em;
    }
    .inline-set {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }
    .inline,
    .shapes label,
    .inline-set label {
      display: inline-flex;
      gap: 0.5em;
      align-items: center;
      min-height: 32px;
    }
    .shapes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    header select {
      font: inherit;
      min-height: 32px;
    }
    label.done {
      margin-block: 1em;
    }
    a.back {
      display: inline-block;
      padding-block: 0.25em;
      line-height: 1.5;
    }
    .panel h3 {
      margin: 1.25em 0 0.5em;
    }
    .panel > label {
      display: block;
      font-weight: bold;
      margin-top: 0.75em;
    }
    #embed-url {
      width: 100%;
      box-sizing: border-box;
    }
    .stage {
      margin-inline: auto;
      display: grid;
      gap: 1em;
    }
    .stage.w360 {
      max-width: 360px;
    }
    .stage.w1280 {
      max-width: 1280px;
    }
    .stage.dark {
      background: #111;
      padding: 0.5em;
    }
  `,
];
