/**
 * Provenance of the built-in bank, for its tests (`test/quiz/bank.test.ts` checks each item against
 * the statements it was written from). Not imported by the quiz: it never ships.
 */
/** Which fixture statement (`myth_fact_statements.json` id) each item was written from. */
export const BANK_ORIGINS: Readonly<Record<string, readonly string[]>> = {
  'sebaya-weak-faith': ['kemenkes-1'],
  'sebaya-possession': ['kemenkes-1', 'kemenkes-3'],
  'sebaya-dangerous': ['kemenkes-2'],
  'sebaya-victims': ['pjs-1'],
  'sebaya-never-recover': ['kemenkes-3'],
  'sebaya-pasung-past': ['riskesdas-1'],
  'sebaya-pasung-where': ['riskesdas-1'],
  'sebaya-weak-character': ['seributujuan-1'],
  'sebaya-causes': ['seributujuan-1', 'kemenkes-1'],
  'sebaya-rare': ['ttc-1'],
  'sebaya-work': ['ttc-2'],
  'sebaya-puberty': ['ttc-3'],
  'sebaya-children': ['mhgov-1'],
  'sebaya-snap-out': ['mhgov-3'],
  'sebaya-no-hope': ['mhgov-4'],
  'sebaya-prevention': ['mhgov-5'],
  'sebaya-help-strength': ['mhgov-6'],
  'sebaya-my-fault': ['nasp-1'],
  'sebaya-treatable': ['who-2'],
  'sebaya-stigma-delays': ['ttc-7'],
  'sebaya-discrimination': ['ttc-5'],
  'sebaya-adolescents': ['who-4'],
};
