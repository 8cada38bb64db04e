import { css } from 'lit';

/** The one look of every field editor: label above, hint and problems below, 24 px+ targets. */
export const editorStyles = css`
  :host {
    display: block;
    margin: 0 0 1em;
  }
  .root {
    background: transparent;
  }
  label,
  legend,
  .label {
    display: block;
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .req {
    font-weight: 400;
    color: var(--_sebaya-fg-muted);
  }
  input:not([type='checkbox'], [type='color']),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 36em;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    font: inherit;
    color: var(--_sebaya-fg);
    background: var(--_sebaya-bg);
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  input[type='checkbox'] {
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    margin: 0;
    flex: none;
  }
  input[type='color'] {
    width: 3em;
    height: 2.75em;
    padding: 0.15em;
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    background: var(--_sebaya-bg);
  }
  [aria-invalid='true'] {
    border-color: var(--_sebaya-danger) !important;
    border-width: 2px !important;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    font-weight: 400;
  }
  fieldset {
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    padding: 0.5em 0.75em 0.75em;
    margin: 0 0 0.75em;
    min-width: 0;
  }
  button {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.4em 0.9em;
    font: inherit;
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    background: var(--_sebaya-bg-muted);
    color: var(--_sebaya-fg);
    cursor: pointer;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
  }
  .row > * {
    flex: 1 1 8em;
  }
  .hint,
  .shown {
    margin: 0.25em 0 0;
    color: var(--_sebaya-fg-muted);
    font-size: 0.95em;
  }
  .problem {
    margin: 0.25em 0 0;
    color: var(--_sebaya-danger);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .row.colour > input[type='color'] {
    flex: none;
  }
  .days {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .days > legend {
    width: 100%;
  }
  .key {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.9em;
    padding: 0.5em;
    background: var(--_sebaya-bg-muted);
    border-radius: var(--_sebaya-radius);
  }
  .problem:empty,
  .shown:empty {
    display: none;
  }
`;

/** The language tabs of the multilingual text editor. */
export const tabStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0 0 0.25em;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_sebaya-accent);
    color: var(--_sebaya-accent-fg);
    border-color: var(--_sebaya-accent);
  }
  .add {
    margin-top: 0.5em;
  }
  /* A value kept as written (EditorBase.renderWritten). */
  .raw {
    font-family: ui-monospace, monospace;
  }
`;
