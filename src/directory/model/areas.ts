/**
 * Areas in Indonesia's hierarchy: province (provinsi) → regency/city (kabupaten/kota) →
 * district (kecamatan; kapanewon in DIY) → village (desa/kelurahan; kalurahan in DIY).
 * Kemendagri codes (`34`, `34.03`, `34.03.03`, `34.03.03.2006`) give the parent and the level by
 * themselves; other ids name their `parent`. Pure.
 */
import type { LocalizedText } from '../../core/i18n/localize.js';
import { fold } from './resource.js';

export const AREA_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface AreaInput {
  readonly id: string;
  readonly name: LocalizedText;
  readonly parent?: string;
  readonly level?: AreaLevel;
}

export interface Area extends AreaInput {
  readonly level?: AreaLevel;
  readonly depth: number;
}

const KEMENDAGRI = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
/** Words that prefix an area's name and that people leave out when they type it. */
const LEVEL_WORDS =
  /^(?:provinsi|daerah istimewa|kabupaten|kab\.?|kota|kapanewon|kecamatan|kec\.?|kemantren|kalurahan|kelurahan|desa|padukuhan|dusun)\s+/;

function codeParent(id: string): string | undefined {
  if (!KEMENDAGRI.test(id)) return undefined;
  const i = id.lastIndexOf('.');
  return i > 0 ? id.slice(0, i) : undefined;
}

function codeLevel(id: string): AreaLevel | undefined {
  return KEMENDAGRI.test(id) ? AREA_LEVELS[id.split('.').length - 1] : undefined;
}

/** Folds a name for matching: `Kapanewon Playen` → `playen`. */
const nameKey = (name: string): string => fold(name).replace(LEVEL_WORDS, '').replace(/\s+/g, ' ');

export class AreaTree {
  private readonly byId = new Map<string, Area>();
  private readonly byName = new Map<string, string>();
  private readonly children = new Map<string | undefined, string[]>();

  constructor(inputs: readonly AreaInput[] = []) {
    for (const a of inputs) if (!this.byId.has(a.id)) this.byId.set(a.id, { ...a, depth: 0 });
    for (const a of this.byId.values()) {
      const parent = this.parentOf(a.id);
      const list = this.children.get(parent) ?? [];
      list.push(a.id);
      this.children.set(parent, list);
      const names = typeof a.name === 'string' ? [a.name] : Object.values(a.name);
      for (const n of names) if (!this.byName.has(nameKey(n))) this.byName.set(nameKey(n), a.id);
    }
    for (const a of this.byId.values()) {
      this.byId.set(a.id, { ...a, depth: this.ancestors(a.id).length - 1, level: a.level ?? codeLevel(a.id) });
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Area | undefined {
    return this.byId.get(id);
  }

  /** The listed parent: explicit, else from the code, skipping codes that are not listed. */
  parentOf(id: string): string | undefined {
    const explicit = this.byId.get(id)?.parent;
    if (explicit !== undefined) return this.byId.has(explicit) ? explicit : undefined;
    for (let p = codeParent(id); p; p = codeParent(p)) if (this.byId.has(p)) return p;
    return undefined;
  }

  /** `id` and its listed ancestors, nearest first. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    for (let cur: string | undefined = id; cur !== undefined && !out.includes(cur); cur = this.parentOf(cur))
      out.push(cur);
    return out;
  }

  /** Maps a written area (an id, or a name such as `Kapanewon Playen`) to its id; else returns it as written. */
  resolve(raw: string | undefined): string | undefined {
    const value = raw?.trim();
    if (!value) return undefined;
    if (this.byId.has(value)) return value;
    return this.byName.get(nameKey(value)) ?? value;
  }

  /** Whether `inner` lies within `outer` (or is it). */
  within(inner: string, outer: string): boolean {
    return this.ancestors(inner).includes(outer);
  }

  /**
   * Whether a resource in `area` serves the chosen `filter` area: it is there or inside it, or it
   * covers it (a kabupaten service serves its villages). A resource without area serves everywhere.
   */
  serves(area: string | undefined, filter: string): boolean {
    if (area === undefined) return true;
    return area === filter || this.within(area, filter) || this.within(filter, area);
  }

  /** Every listed area in tree order (parents before their children), with depth for indenting. */
  ordered(): Area[] {
    const out: Area[] = [];
    const walk = (parent: string | undefined) => {
      for (const id of this.children.get(parent) ?? []) {
        const a = this.byId.get(id);
        if (!a) continue;
        out.push(a);
        walk(id);
      }
    };
    walk(undefined);
    return out;
  }
}
