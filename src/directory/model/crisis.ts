/**
 * Which places of the directory are the site's crisis lines: those with the `id` of a line of the
 * shared `crisis` section (or of a built-in national line when it has none), or listing one of
 * its numbers (phone with its extension, WhatsApp or SMS). The crisis section vouches for them with
 * its own dated source, so the directory adds no "may be out of date: call first" and no "opening
 * hours not known" to them: a person in crisis should call, not doubt the number. Pure; no DOM.
 */
import type { CrisisLine } from '../../core/config/schema.js';
import { parsePhone } from './phone.js';
import type { Resource } from './resource.js';

/** `+62274…,8`: the number as dialled and its extension (empty when it holds no number). */
const dialKey = (number: string, extension?: string): string => {
  const p = parsePhone(number, extension);
  return p ? `${p.dial},${p.extension ?? ''}` : '';
};

/** The ids of the places that are crisis lines. */
export function crisisLineIds(resources: readonly Resource[], lines: readonly CrisisLine[]): Set<string> {
  const ids = new Set<string>();
  const numbers = new Set<string>();
  for (const line of lines) {
    if (line.id) ids.add(line.id);
    if (line.phone) numbers.add(dialKey(line.phone, line.extension));
    for (const n of [line.whatsapp, line.sms]) if (n) numbers.add(dialKey(n));
  }
  numbers.delete('');
  return new Set(
    resources
      .filter((r) => ids.has(r.id) || r.phones.some((p) => numbers.has(dialKey(p.number, p.extension))))
      .map((r) => r.id),
  );
}
