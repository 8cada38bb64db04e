import { css } from 'lit';

/**
 * Design tokens. Public ones are `--sebaya-*` (set them on the page or on an element); each
 * element reads private `--_sebaya-*` copies so a host page can theme without reaching inside.
 * Colours meet WCAG AA contrast in light and dark. Sizes are set on the element itself so an
 * aggressive host stylesheet (font-size: 0, 62.5 % roots, transparent text) cannot make it unreadable.
 *
 * Theme: the `theme` attribute. `light` and `dark` set the element's `color-scheme`; `auto` (or
 * none) leaves it to the page: every colour is `light-dark(light, dark)`, which follows the
 * `color-scheme` the host inherits — light on a page that declares none (a light site stays light
 * on a dark-mode phone), dark on a `dark` page, and the device's setting on a `light dark` page.
 * A browser without `light-dark()` (before 2024) shows the light colours whatever the theme.
 *
 * The config's `appearance` colours arrive as `--_sebaya-config-accent(-dark)` on the host
 * (core/theme/appearance.ts), under the page's own `--sebaya-color-accent`.
 */

export const tokens = css`
  :host {
    --_sebaya-bg: var(--sebaya-color-surface, #ffffff);
    --_sebaya-bg-muted: var(--sebaya-color-surface-muted, #f3f5f7);
    --_sebaya-fg: var(--sebaya-color-text, #1c2430);
    --_sebaya-fg-muted: var(--sebaya-color-text-muted, #4b5563);
    --_sebaya-border: var(--sebaya-color-border, #8a94a3);
    --_sebaya-accent: var(--sebaya-color-accent, var(--_sebaya-config-accent, #0b6b5d));
    --_sebaya-accent-fg: var(--sebaya-color-on-accent, #ffffff);
    --_sebaya-link: var(--sebaya-color-link, #0a5a9c);
    --_sebaya-danger: var(--sebaya-color-danger, #a3201b);
    --_sebaya-danger-bg: var(--sebaya-color-danger-surface, #fdeceb);
    --_sebaya-warning-bg: var(--sebaya-color-warning-surface, #fff4d6);
    --_sebaya-success: var(--sebaya-color-success, #1d6b2f);
    --_sebaya-focus: var(--sebaya-color-focus, #1a4fd6);
    --_sebaya-radius: var(--sebaya-radius, 0.5rem);
    --_sebaya-space: var(--sebaya-space, 1rem);
    --_sebaya-font: var(--sebaya-font-family, inherit);
    --_sebaya-font-size: var(--sebaya-font-size, max(1rem, 16px));
    --_sebaya-target: 2.75rem;
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_sebaya-bg: var(--sebaya-color-surface, light-dark(#ffffff, #15191f));
      --_sebaya-bg-muted: var(--sebaya-color-surface-muted, light-dark(#f3f5f7, #222831));
      --_sebaya-fg: var(--sebaya-color-text, light-dark(#1c2430, #eef1f5));
      --_sebaya-fg-muted: var(--sebaya-color-text-muted, light-dark(#4b5563, #b8c0cc));
      --_sebaya-border: var(--sebaya-color-border, light-dark(#8a94a3, #6b7686));
      --_sebaya-accent: var(
        --sebaya-color-accent,
        light-dark(var(--_sebaya-config-accent, #0b6b5d), var(--_sebaya-config-accent-dark, #5fd3bf))
      );
      --_sebaya-accent-fg: var(--sebaya-color-on-accent, light-dark(#ffffff, #06201b));
      --_sebaya-link: var(--sebaya-color-link, light-dark(#0a5a9c, #8cc8ff));
      --_sebaya-danger: var(--sebaya-color-danger, light-dark(#a3201b, #ff9d97));
      --_sebaya-danger-bg: var(--sebaya-color-danger-surface, light-dark(#fdeceb, #3a1816));
      --_sebaya-warning-bg: var(--sebaya-color-warning-surface, light-dark(#fff4d6, #3a3014));
      --_sebaya-success: var(--sebaya-color-success, light-dark(#1d6b2f, #86e39b));
      --_sebaya-focus: var(--sebaya-color-focus, light-dark(#1a4fd6, #9ab8ff));
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/**
 * Shared element styles: the root box, buttons, links, focus, states, motion, forced colours.
 * Only what the crisis panel uses too (it ships on its own, on every page; it shows no loading or
 * error view of its own, so their styles are there too); the rest is in `controls.ts` — its own
 * module, since a `css` template cannot be tree-shaken.
 */
export const base = css`
  .root {
    all: initial;
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    font-family: var(--_sebaya-font);
    font-size: var(--_sebaya-font-size);
    line-height: 1.5;
    color: var(--_sebaya-fg);
    background: var(--_sebaya-bg);
    border-radius: var(--_sebaya-radius);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  p,
  h2,
  ul {
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  a {
    color: var(--_sebaya-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a,
  button {
    outline: none;
  }
  :focus-visible {
    outline: 3px solid var(--_sebaya-focus) !important;
    outline-offset: 2px;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: var(--_sebaya-target);
    min-width: var(--_sebaya-target);
    padding: 0.4em 1em;
    border-radius: var(--_sebaya-radius);
    border: 2px solid var(--_sebaya-accent);
    background: var(--_sebaya-bg);
    color: var(--_sebaya-accent);
    cursor: pointer;
    text-decoration: none;
    font-weight: 600;
  }
  .muted {
    color: var(--_sebaya-fg-muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .as-of {
    font-size: 0.9em;
    padding: 0.4em 0.75em;
    margin: 0 0 0.75em;
    border-radius: var(--_sebaya-radius);
    background: var(--_sebaya-warning-bg);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight !important;
    }
  }
`;
