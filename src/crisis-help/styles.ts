import { css } from 'lit';

/** The crisis panel's own styles, on top of the base element's (`tokens`, `base`). */
export const crisisStyles = css`
  :host {
    --_sebaya-crisis-accent: var(--sebaya-crisis-accent, var(--_sebaya-danger));
  }
  .panel {
    border: 2px solid var(--_sebaya-crisis-accent);
    border-radius: var(--_sebaya-radius);
    padding: var(--_sebaya-space);
  }
  .lines {
    list-style: none;
    padding: 0;
    margin: 0.75em 0;
    display: grid;
    gap: 0.75em;
  }
  .line {
    display: grid;
    gap: 0.35em;
  }
  .name {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .call {
    border-color: var(--_sebaya-crisis-accent);
    background: var(--_sebaya-crisis-accent);
    color: var(--_sebaya-bg);
  }
  .source {
    font-size: 0.85em;
  }
  .source a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
  }
  .exit-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.75em;
  }
  .exit {
    border-color: var(--_sebaya-fg);
    color: var(--_sebaya-fg);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em var(--_sebaya-space);
    border: 2px solid var(--_sebaya-crisis-accent);
    border-radius: var(--_sebaya-radius);
  }
  .bar .title {
    font-weight: 700;
    margin: 0;
  }
  .bar .actions {
    flex: 1 1 auto;
  }
  /* No keyboard on a touch-only phone: the Shift shortcut means nothing there. */
  @media (hover: none) and (pointer: coarse) {
    .shortcut {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .call {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
