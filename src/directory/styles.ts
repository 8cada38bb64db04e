import { css } from 'lit';

/** Styles of `<sebaya-directory>`; public tokens `--sebaya-directory-*` fall back to the system ones. */
export const directoryStyles = css`
  :host {
    --_sebaya-directory-accent: var(--sebaya-directory-accent, var(--_sebaya-accent));
    --_sebaya-directory-card: var(--sebaya-directory-card-surface, var(--_sebaya-bg));
    --_sebaya-directory-open: var(--sebaya-directory-open-color, var(--_sebaya-success));
    --_sebaya-directory-closed: var(--sebaya-directory-closed-color, var(--_sebaya-danger));
  }
  .directory {
    display: grid;
    gap: var(--_sebaya-space);
  }
  form {
    display: grid;
    gap: 0.75em;
    padding: var(--_sebaya-space);
    background: var(--_sebaya-bg-muted);
    border-radius: var(--_sebaya-radius);
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input[type='search'],
  select {
    font: inherit;
    color: var(--_sebaya-fg);
    background: var(--_sebaya-bg);
    border: 2px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    min-height: var(--_sebaya-target);
    padding: 0.35em 0.6em;
    width: 100%;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  /* Folded on a phone (the measured width): the "Filters" button shows and hides them. */
  .filters[hidden],
  .near-note[hidden] {
    display: none;
  }
  .fold {
    justify-self: start;
  }
  .filters legend {
    padding: 0;
    font-weight: 600;
  }
  .filters .field {
    flex: 1 1 12em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_sebaya-target);
    font-weight: 600;
    cursor: pointer;
  }
  .check input {
    width: 1.35em;
    height: 1.35em;
    margin: 0;
    accent-color: var(--_sebaya-directory-accent);
  }
  .near-note,
  .count {
    margin: 0;
  }
  .notice {
    border: 1px solid var(--_sebaya-border);
    background: var(--_sebaya-warning-bg);
    border-radius: var(--_sebaya-radius);
    padding: 0.75em var(--_sebaya-space);
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .resource {
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    background: var(--_sebaya-directory-card);
    padding: 0.75em var(--_sebaya-space);
    display: grid;
    gap: 0.4em;
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .resource h3 {
    margin: 0;
  }
  .name {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_sebaya-target);
    cursor: pointer;
    font-weight: 700;
    color: var(--_sebaya-link);
    border-radius: 0.25em;
  }
  /* The name is underlined, not the whole button: a flex item inherits the underline, and the
     chevron's, turned with it, stood as a bar beside the ▾. */
  .name .label {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .name:focus-visible {
    outline: 3px solid var(--_sebaya-focus);
    outline-offset: 2px;
  }
  .chevron {
    display: inline-block;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    border: 1px solid var(--_sebaya-border);
    /* A pill on one line, a rounded box (not an oval) when a long area name wraps. */
    border-radius: 0.75em;
    padding: 0 0.6em;
    font-size: 0.9em;
  }
  .tag.free {
    border-color: var(--_sebaya-directory-open);
    color: var(--_sebaya-directory-open);
    font-weight: 600;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .status.open {
    color: var(--_sebaya-directory-open);
  }
  .status.closed {
    color: var(--_sebaya-directory-closed);
  }
  .status.unknown {
    color: var(--_sebaya-fg-muted);
  }
  .phones {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .phone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
  }
  .phone .number {
    font-variant-numeric: tabular-nums;
  }
  .button.call {
    background: var(--_sebaya-directory-accent);
    color: var(--_sebaya-accent-fg);
    border-color: var(--_sebaya-directory-accent);
  }
  .description {
    margin: 0;
    white-space: pre-line;
  }
  .collapsed .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.3em 1em;
    margin: 0.5em 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  table {
    border-collapse: collapse;
    margin: 0.25em 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    text-align: start;
    padding: 0.15em 1em 0.15em 0;
    font-weight: normal;
  }
  tr[aria-current='date'] > * {
    font-weight: 700;
  }
  .stale {
    background: var(--_sebaya-warning-bg);
    border-radius: 0.25em;
    padding: 0.1em 0.4em;
  }
  .empty {
    border: 1px dashed var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    padding: var(--_sebaya-space);
  }
  .crisis-lines {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media (min-width: 40em) {
    form {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .button.call {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
