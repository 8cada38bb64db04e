import { css } from 'lit';

/**
 * Styles of the elements with forms, lists and print views (calendar, directory, quiz, support
 * form), on top of `base`: headings and lists, the focus ring on fields, disabled buttons.
 */
export const controls = css`
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
  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
