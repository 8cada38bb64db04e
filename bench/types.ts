/** One measured number of `npm run bench`, with its budget. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  /** `×`: a ratio of Sebaya's time to an anchor library's (issue #19). */
  readonly unit: 'ms' | '×';
  /** None for a number reported only to explain another. */
  readonly budget?: number;
}

/** The 95th percentile of samples. */
export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

/** Median of samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * What both keystroke benches type into the directory's search, letter by letter: names, a typo
 * (`psikolg`), a number and English words.
 */
export const SEARCH_QUERIES: readonly string[] = [
  'puskesmas playen',
  'konseling remaja',
  'psikolg',
  'kelompok dukungan sebaya',
  'wonosari 12',
  'anxiety family',
];
