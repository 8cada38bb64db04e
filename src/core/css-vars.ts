import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), never through
 * a `style` attribute: Lit's `styleMap` writes the attribute on first render, which a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') blocks.
 *
 *   html`<span ${cssVars({ '--_c': category.color })}></span>`
 */
class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVars() belongs on an element: <span ${cssVars({…})}>');
  }

  render(_vars: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<string, string | undefined>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!vars[name]) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(vars)) {
      if (!value) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
