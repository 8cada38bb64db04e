import { css } from 'lit';

/** Styles of <sebaya-quiz>: the question, its choices, the feedback and the summary. */
export const quizStyles = css`
  :host {
    --_sebaya-quiz-accent: var(--sebaya-quiz-accent, var(--_sebaya-accent));
    --_sebaya-quiz-right: var(--sebaya-quiz-right, var(--_sebaya-success));
    --_sebaya-quiz-wrong: var(--sebaya-quiz-wrong, var(--_sebaya-link));
  }
  .quiz {
    padding: var(--_sebaya-space);
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
  }
  .progress {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.75em;
  }
  .progress h3 {
    margin: 0;
    font-size: 0.95em;
    color: var(--_sebaya-fg-muted);
  }
  progress {
    width: 100%;
    height: 0.5em;
    accent-color: var(--_sebaya-quiz-accent);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.75em;
    min-width: 0;
  }
  legend {
    font-size: 1.15em;
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: var(--_sebaya-target);
    padding: 0.4em 0.75em;
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    cursor: pointer;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_sebaya-quiz-accent);
  }
  .option.is-correct {
    border: 2px solid var(--_sebaya-quiz-right);
  }
  .mark {
    font-size: 0.9em;
    font-weight: 600;
  }
  .feedback {
    margin-top: 0.75em;
    padding: 0.75em var(--_sebaya-space);
    border-inline-start: 0.35em solid var(--_sebaya-quiz-wrong);
    background: var(--_sebaya-bg-muted);
    border-radius: var(--_sebaya-radius);
  }
  .feedback.right {
    border-inline-start-color: var(--_sebaya-quiz-right);
  }
  .verdict strong {
    display: block;
  }
  .source,
  .translated {
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .nudge {
    font-weight: 600;
  }
  .summary-list {
    padding-inline-start: 1.25em;
  }
  .summary-list li {
    margin-bottom: 0.6em;
  }
  /* Each missed statement is a disclosure: its marker replaces the bullet. */
  [part='missed'] {
    list-style: none;
    padding: 0;
  }
  summary {
    cursor: pointer;
    min-height: 24px;
  }
  .notice {
    padding: 0.5em 0.75em;
    margin-bottom: 0.75em;
    background: var(--_sebaya-warning-bg);
    border-radius: var(--_sebaya-radius);
    font-size: 0.9em;
  }
  .notice ul {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
`;
