import { css } from 'lit';

/** Styles of <sebaya-calendar>: toolbar, month grid, list, detail dialog, print. */
export const calendarStyles = css`
  :host {
    --_sebaya-calendar-accent: var(--sebaya-calendar-accent, var(--_sebaya-accent));
    --_sebaya-calendar-today: var(--sebaya-calendar-today, var(--_sebaya-calendar-accent));
    --_sebaya-calendar-cell-height: var(--sebaya-calendar-cell-height, 6.5em);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  .toolbar h2 {
    flex: 1 1 10em;
    margin: 0;
    text-transform: capitalize;
  }
  .group {
    display: inline-flex;
    gap: 0.25em;
  }
  button[aria-pressed='true'] {
    background: var(--_sebaya-calendar-accent);
    color: var(--_sebaya-accent-fg);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    border: 0;
    padding: 0;
    margin: 0 0 0.75em;
  }
  .filters legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_sebaya-target);
    cursor: pointer;
  }
  .filters input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .swatch {
    display: inline-block;
    width: 0.85em;
    height: 0.85em;
    border-radius: 50%;
    background: var(--_c, var(--_sebaya-fg-muted));
    border: 1px solid var(--_sebaya-fg);
    flex: none;
  }
  .notices {
    border: 1px solid var(--_sebaya-border);
    background: var(--_sebaya-warning-bg);
    border-radius: var(--_sebaya-radius);
    padding: 0.5em 0.75em;
    margin-bottom: 0.75em;
  }
  .notices p {
    margin: 0.25em 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-size: 0.85em;
    font-weight: 600;
    padding: 0.25em;
    color: var(--_sebaya-fg-muted);
  }
  td {
    vertical-align: top;
    border: 1px solid var(--_sebaya-border);
    height: var(--_sebaya-calendar-cell-height);
    padding: 0.2em;
    cursor: pointer;
  }
  td.outside {
    background: var(--_sebaya-bg-muted);
  }
  td.outside .num {
    color: var(--_sebaya-fg-muted);
  }
  td[aria-current='date'] .num {
    background: var(--_sebaya-calendar-today);
    color: var(--_sebaya-accent-fg);
    border-radius: 999px;
    padding: 0 0.4em;
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  .num {
    display: inline-block;
    font-weight: 600;
    font-size: 0.9em;
  }
  .chips {
    list-style: none;
    padding: 0;
    margin: 0.15em 0 0;
    display: grid;
    /* minmax(0, …): a long title is cut instead of widening the day. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em;
  }
  /* The time and the title wrap, up to three lines ("19.30 Kelompok" / "dukungan sebaya" /
     "“Rukun”"), then an ellipsis; a phone's marker keeps one line. */
  .chip,
  .more {
    all: unset;
    box-sizing: border-box;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    width: 100%;
    font-size: 0.78em;
    line-height: 1.3;
    /* Pointer targets of at least 24 × 24 px (WCAG 2.5.8). */
    min-height: 24px;
    padding: 0.2em 0.3em;
    border-radius: 0.25em;
    border-inline-start: 0.35em solid var(--_c, var(--_sebaya-fg-muted));
    background: var(--_sebaya-bg-muted);
    color: var(--_sebaya-fg);
    overflow: hidden;
    cursor: pointer;
  }
  /* Too narrow to read a title (a phone that chose the month): each activity is a marker in its
     category's colour, outlined for contrast; a tap opens it, and the day cell names them all.
     The narrow class comes from the element's measured width: a container query would need size
     containment, which collapses the element in a shrink-to-fit host such as a flex row. */
  .narrow .chip {
    -webkit-line-clamp: 1;
    color: transparent;
    background: var(--_c, var(--_sebaya-fg-muted));
    border: 1px solid var(--_sebaya-fg);
  }
  .more {
    border-inline-start-color: transparent;
    background: none;
    color: var(--_sebaya-link);
    text-decoration: underline;
  }
  .chip:hover,
  .more:hover {
    filter: brightness(0.95);
  }
  .list section {
    margin-bottom: 1em;
  }
  .list h3 {
    border-bottom: 1px solid var(--_sebaya-border);
    padding-bottom: 0.2em;
    text-transform: capitalize;
  }
  .list ul,
  .day-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .item {
    all: unset;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: 7.5em 1fr;
    gap: 0.1em 0.75em;
    width: 100%;
    padding: 0.5em 0.6em;
    border-radius: var(--_sebaya-radius);
    border-inline-start: 0.4em solid var(--_c, var(--_sebaya-fg-muted));
    background: var(--_sebaya-bg-muted);
    cursor: pointer;
    min-height: var(--_sebaya-target);
  }
  .item .title {
    font-weight: 600;
  }
  /* On a narrow calendar (a phone; also its day dialog) the time stands above the title. */
  .narrow .item {
    grid-template-columns: minmax(0, 1fr);
  }
  .item .meta {
    grid-column: -2;
    font-size: 0.9em;
    color: var(--_sebaya-fg-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    align-items: center;
  }
  .cat {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .empty {
    padding: var(--_sebaya-space);
    border: 1px dashed var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    margin-top: 0.75em;
  }
  .empty .actions,
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  dialog {
    border: 1px solid var(--_sebaya-border);
    border-radius: var(--_sebaya-radius);
    padding: var(--_sebaya-space);
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    overflow: auto;
    background: var(--_sebaya-bg);
    color: var(--_sebaya-fg);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .dialog-head h2 {
    flex: 1;
    margin: 0.2em 0 0.5em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em 1em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  /* Google Calendar and the .ics side by side; the whole series on a line of its own. */
  .add > * {
    flex: 1 1 40%;
  }
  @media screen {
    li.hidden-chip {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .item,
    .swatch {
      forced-color-adjust: none;
    }
  }
  @media print {
    .toolbar .group,
    .toolbar button,
    .filters,
    .more,
    dialog {
      display: none !important;
    }
    table,
    tbody,
    tr,
    td {
      display: block;
      border: 0;
      height: auto;
    }
    thead,
    td.outside,
    td.nothing {
      display: none;
    }
    td {
      break-inside: avoid;
      padding: 0.3em 0;
    }
    .day-label {
      position: static !important;
      width: auto !important;
      height: auto !important;
      clip: auto !important;
      clip-path: none !important;
      white-space: normal !important;
      font-weight: 700;
    }
    .num {
      display: none;
    }
    .chip {
      display: block;
      border: 0;
      background: none;
      font-size: 1em;
    }
    li.hidden-chip {
      display: block !important;
    }
  }
`;
