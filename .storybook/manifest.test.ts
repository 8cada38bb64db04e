/**
 * The controls a designer gets (npm run test:stories runs this in Node): the public API of each
 * element from custom-elements.json, and nothing internal. Storybook's own reading of the manifest
 * lists every class member, private, protected and static ones included. That the preview uses
 * these is checked in the browser, by the calendar's ChosenMonth story.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../custom-elements.json';
import { argTypesFor, controlNames, declarationOf, isInternal, type Manifest } from './manifest.js';

const m = manifest as Manifest;
const TAGS = ['sebaya-calendar', 'sebaya-crisis-help', 'sebaya-directory', 'sebaya-quiz', 'sebaya-support-form'];

describe('Storybook controls from the manifest', () => {
  for (const tag of TAGS) {
    it(`${tag}: no private, protected, static or read-only member is a control`, () => {
      const d = declarationOf(m, tag)!;
      const internal = (d.members ?? []).filter(isInternal);
      expect(internal.length, 'the manifest does list internals').toBeGreaterThan(10);
      const argTypes = argTypesFor(m, tag);
      for (const member of internal) expect(Object.keys(argTypes)).not.toContain(member.name);
      const settable = controlNames(argTypes);
      const readonly = (d.members ?? []).filter((x) => x.readonly && !isInternal(x)).map((x) => x.name);
      for (const name of readonly) expect(settable).not.toContain(name);
      expect(settable).not.toContain('state');
      // Each public attribute once (not `noHelp` and `no-help`), and `config` as an object.
      expect(Object.keys(argTypes)).not.toContain('no-help');
      // The widgets end with a help line (`no-help` hides it); the crisis panel is the help itself.
      if (tag === 'sebaya-crisis-help') expect(settable).not.toContain('noHelp');
      else expect(settable).toContain('noHelp');
      expect(argTypes.config?.control).toMatchObject({ type: 'object' });
      expect(argTypes.src?.control).toMatchObject({ type: 'text' });
      expect(argTypes.theme).toMatchObject({ control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'] });
      expect(settable.length).toBeLessThanOrEqual(9);
      // Documented events are actions; the analyzer's stray `name` event is not listed.
      expect(argTypes['sebaya-ready']?.table?.category).toBe('events');
      expect(argTypes.onSebayaReady).toMatchObject({ action: 'sebaya-ready' });
      expect(Object.keys(argTypes)).not.toContain('name');
      // Parts and custom properties are documented, not controls.
      expect(Object.keys(argTypes).some((k) => k.startsWith('::part('))).toBe(true);
    });
  }

  it('the calendar’s date is a date picker', () => {
    expect(argTypesFor(m, 'sebaya-calendar').date?.control).toMatchObject({ type: 'date' });
  });
});
