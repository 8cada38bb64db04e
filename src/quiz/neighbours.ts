import type { Localize } from '../core/i18n/controller.js';
import { safeUrl } from '../core/safe-url.js';
import type { QuizKey } from './messages.js';
import type { NextStep } from './schema.js';

/** A place on the page the summary can send the visitor to. */
export interface NextLink {
  readonly kind: 'own' | 'directory' | 'calendar' | 'crisis';
  readonly label: string;
  readonly href?: string;
  readonly target?: Element;
}

/**
 * Where the quiz's summary can send the visitor next: the team's own next steps (else the
 * directory and the calendar when they are on the same page), then the crisis panel if it is.
 */
export function findNeighbours(i18n: Localize<QuizKey>, own: readonly NextStep[] | undefined): NextLink[] {
  const out: NextLink[] = [];
  const near = (kind: NextLink['kind'], label: string) => {
    const el = document.querySelector(`sebaya-${kind === 'crisis' ? 'crisis-help' : kind}`);
    // Link to the element, or to the nearest section around it that has an id; else scroll to it.
    const anchor = el?.closest('[id]');
    if (anchor) out.push({ kind, label, href: `#${encodeURIComponent(anchor.id)}` });
    else if (el) out.push({ kind, label, target: el });
  };
  if (own) {
    for (const step of own) {
      const href = safeUrl(step.url);
      if (href) out.push({ kind: 'own', label: i18n.text(step.label), href });
    }
  } else {
    near('directory', i18n.t('quiz.next.directory'));
    near('calendar', i18n.t('quiz.next.calendar'));
  }
  near('crisis', i18n.t('quiz.next.crisis'));
  return out;
}
