/**
 * Progress through one quiz, kept in `sessionStorage` so a reload (or a dropped connection on a
 * phone) does not send the visitor back to question 1. The key starts with `sebaya:` so the quick
 * exit clears it; nothing is kept beyond the browser session.
 */
export interface Progress {
  readonly v: 1;
  /** Question ids in play order. */
  readonly deck: readonly string[];
  /** Index of the current question (`deck.length` once the summary is shown). */
  readonly index: number;
  /** Option ids chosen per answered question id. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
}

export const PROGRESS_PREFIX = 'sebaya:quiz:';

export function progressKey(name: string): string {
  return `${PROGRESS_PREFIX}${name}`;
}

/** Reads saved progress, or undefined when missing, unreadable, or not about these questions. */
export function loadProgress(key: string, known: ReadonlySet<string>): Progress | undefined {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const p = JSON.parse(raw) as Partial<Progress>;
    if (
      p.v !== 1 ||
      !Array.isArray(p.deck) ||
      !p.deck.length ||
      typeof p.index !== 'number' ||
      !p.answers ||
      typeof p.answers !== 'object'
    )
      return undefined;
    if (!p.deck.every((id) => typeof id === 'string' && known.has(id))) return undefined;
    if (p.index < 0 || p.index > p.deck.length || !Number.isInteger(p.index)) return undefined;
    const answers: Record<string, string[]> = {};
    for (const [id, chosen] of Object.entries(p.answers)) {
      if (p.deck.includes(id) && Array.isArray(chosen) && chosen.every((c) => typeof c === 'string'))
        answers[id] = chosen;
    }
    return { v: 1, deck: p.deck, index: p.index, answers };
  } catch {
    return undefined;
  }
}

/** Saves progress; storage may be full or disabled, and then the quiz simply does not resume. */
export function saveProgress(key: string, progress: Progress): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Private mode or quota: resuming is a convenience, never a reason to stop.
  }
}
