/**
 * Registers a custom element once. A second copy of the script (or another version of Sebaya)
 * finds the tag taken and quietly leaves the first definition in place.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another copy won the race, or the constructor is already registered under another tag.
  }
}
