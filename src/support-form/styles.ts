import { css } from 'lit';

/** Styles of <sebaya-support-form>; public tokens `--sebaya-support-form-*` fall back to system ones. */
export const styles = css`
  :host {
    --_sebaya-sf-accent: var(--sebaya-support-form-accent, var(--_sebaya-accent));
    --_sebaya-sf-field-bg: var(--sebaya-support-form-field-surface, var(--_sebaya-bg));
  }
  .form-box {
    display: grid;
    gap: var(--_sebaya-space);
    padding: var(--_sebaya-space);
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
  }
  form {
    display: grid;
    gap: var(--_sebaya-space);
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .req {
    font-weight: 400;
    color: var(--_sebaya-fg-muted);
  }
  fieldset {
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    padding: 0.5em 0.75em 0.75em;
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-weight: 400;
    min-height: var(--_sebaya-target);
    padding-block: 0.5em;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_sebaya-sf-accent);
  }
  .identifying {
    display: block;
    font-size: 0.9em;
    color: var(--_sebaya-danger);
  }
  select,
  textarea,
  input[type='text'],
  input[type='tel'],
  input[type='email'] {
    font: inherit;
    color: var(--_sebaya-fg);
    background: var(--_sebaya-sf-field-bg);
    border: 2px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    padding: 0.5em;
    min-height: var(--_sebaya-target);
    width: 100%;
    max-width: 40em;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_sebaya-danger);
  }
  .hint,
  .count {
    font-size: 0.9em;
    color: var(--_sebaya-fg-muted);
  }
  .count.over {
    color: var(--_sebaya-danger);
    font-weight: 600;
  }
  .error-text {
    color: var(--_sebaya-danger);
    font-weight: 600;
  }
  .summary,
  .status.rejected,
  .status.unsaved,
  .status.unsealable,
  .status.failing {
    border: 2px solid var(--_sebaya-danger);
    background: var(--_sebaya-danger-bg);
    border-radius: var(--_sebaya-radius);
    padding: 0.75em;
  }
  .summary ul {
    margin: 0;
  }
  .status {
    border-radius: var(--_sebaya-radius);
    padding: 0.75em;
    border: 2px solid var(--_sebaya-border);
  }
  .status:empty {
    display: none;
  }
  .status.queued,
  .note {
    background: var(--_sebaya-warning-bg);
  }
  .status.sent {
    border-color: var(--_sebaya-success);
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .note {
    border-radius: var(--_sebaya-radius);
    padding: 0.5em 0.75em;
    margin: 0;
  }
  .pending ul {
    padding-inline-start: 1.2em;
    display: grid;
    gap: 0.4em;
  }
  .crisis {
    border: 2px solid var(--_sebaya-danger);
    border-radius: var(--_sebaya-radius);
    padding: var(--_sebaya-space);
  }
  .crisis ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .crisis .button {
    border-color: var(--_sebaya-danger);
    color: var(--_sebaya-danger);
  }
  .words,
  .reply-text {
    overflow-wrap: anywhere;
  }
  .reply-text {
    white-space: pre-wrap;
  }
  .hp {
    position: absolute !important;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
