/**
 * The crisis panel's words for the builder's snippets: its built-in lines (`defaultCrisisLines`) and
 * its catalog (`crisis.call`, `crisis.extension`, …), with the owner's `messages` rewording them as
 * the panel would, so the snippet's fallback links and the panel never disagree.
 */
import { defaultCrisisLines } from '../core/crisis-lines.js';
import type { CrisisLine } from '../core/config/schema.js';
import { coreEn } from '../core/i18n/messages-en.js';
import { coreId } from '../core/i18n/messages.js';
import { createTranslator, type CatalogLayer } from '../core/i18n/localize.js';
import type { Params } from '../core/i18n/catalog.js';
import type { Config } from './model.js';

export type CrisisT = (key: string, params?: Params) => string;

/** The owner's `messages` as a catalog layer: only plain text entries (the config is not validated yet). */
function ownerLayer(config: Config): CatalogLayer {
  const out: Record<string, Record<string, string>> = {};
  const messages = config.messages;
  if (!messages || typeof messages !== 'object' || Array.isArray(messages)) return out;
  for (const [tag, map] of Object.entries(messages as Record<string, unknown>)) {
    if (!map || typeof map !== 'object' || Array.isArray(map)) continue;
    out[tag] = Object.fromEntries(
      Object.entries(map as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }
  return out;
}

/** The panel's translator for `lang`, the owner's rewording first. */
export function crisisWords(config: Config, lang: string): CrisisT {
  return createTranslator<string>(lang, [ownerLayer(config), { id: coreId, en: coreEn }]);
}

/** The lines the panel shows when the config names none. */
export const builtInLines = (t: CrisisT): readonly CrisisLine[] => defaultCrisisLines(t);
