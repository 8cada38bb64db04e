import { css } from 'lit';

/**
 * Styles of the elements with forms, lists and print views (calendar, directory, quiz, support
 * form), on top of `base`: headings and lists, the focus ring on fields, disabled buttons, and
 * the loading and error views (the crisis panel shows neither: it draws its lines at once).
 */
export const controls = css`
  button.primary,
  .button.primary {
    background: var(--_sebaya-accent);
    color: var(--_sebaya-accent-fg);
  }
  .state {
    padding: var(--_sebaya-space);
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
  }
  .state.error {
    border-color: var(--_sebaya-danger);
    background: var(--_sebaya-danger-bg);
  }
  .state .problem {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    white-space: pre-wrap;
  }
  .help {
    margin: 0.75em 0 0;
    font-size: 0.95em;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 0.18em solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    vertical-align: -0.15em;
    animation: sebaya-spin 0.9s linear infinite;
  }
  @keyframes sebaya-spin {
    to {
      transform: rotate(360deg);
    }
  }
  h3,
  ol,
  dl,
  dd {
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.05em;
  }
  input,
  select,
  textarea,
  summary,
  [tabindex] {
    outline: none;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  @media print {
    button,
    .no-print {
      display: none !important;
    }
  }
`;
