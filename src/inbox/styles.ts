import { css } from 'lit';

/** The inbox's own styles over the shared tokens, base and controls. */
export const styles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 0.75em;
  }
  section,
  .request {
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    padding: 0.75em;
    margin: 0 0 0.75em;
  }
  .requests {
    list-style: none;
    padding: 0;
  }
  /* Rows below the fold are laid out only when scrolled to (50 at once on a phone). */
  .request {
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }
  .request.now {
    border-inline-start: 6px solid var(--_sebaya-danger);
  }
  .request.handled {
    background: var(--_sebaya-bg-muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.95em;
  }
  .urgency-now {
    color: var(--_sebaya-danger);
    font-weight: 700;
  }
  .message {
    white-space: pre-wrap;
    margin: 0.5em 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0.5em 0 0.25em;
  }
  label.check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: 400;
    min-height: var(--_sebaya-target);
  }
  input[type='checkbox'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  input[type='text'],
  input[type='password'],
  select,
  textarea {
    font: inherit;
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    color: inherit;
    background: var(--_sebaya-bg);
    border: 2px solid var(--_sebaya-fg-muted);
    border-radius: var(--_sebaya-radius);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_sebaya-focus);
    outline-offset: 2px;
  }
  textarea {
    min-height: 7em;
  }
  code,
  pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  pre {
    margin: 0.5em 0;
    padding: 0.5em;
    background: var(--_sebaya-bg-muted);
    border-radius: var(--_sebaya-radius);
  }
  .notice {
    padding: 0.5em 0.75em;
    border-radius: var(--_sebaya-radius);
    background: var(--_sebaya-warning-bg);
    margin: 0 0 0.75em;
  }
  .notice.bad {
    background: var(--_sebaya-danger-bg);
  }
  .field-error {
    color: var(--_sebaya-danger);
    margin: 0.25em 0;
  }
`;
