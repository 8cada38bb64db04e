import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  form,
  .step {
    display: grid;
    gap: 0.75em;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    display: block;
    font-weight: normal;
    font-size: 0.92em;
  }
  input,
  select,
  textarea,
  button {
    min-height: 2.25rem;
    min-width: 2.25rem;
    font: inherit;
    max-width: 100%;
    box-sizing: border-box;
  }
  textarea {
    width: 100%;
    min-height: 6em;
  }
  input[type='url'] {
    width: 100%;
  }
  :is(input, select, textarea, button):focus-visible {
    outline: 3px solid var(--_sebaya-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.5em 1em;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.92em;
  }
  th,
  td {
    border: 1px solid var(--_sebaya-border, #767676);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    max-width: 16rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .where {
    font-weight: 600;
  }
  .error {
    color: var(--_sebaya-danger, #a51d2d);
  }
`;
