import type { Catalog } from './catalog.js';

/** Strings of the shared machinery (states, errors, crisis help) in English: the list of keys. */
export const coreEn = {
  'core.loading': 'Loading…',
  'core.error.title': 'This part is not available right now.',
  'core.error.retry': 'Try again',
  'core.error.internal': 'Something went wrong inside this element.',
  'core.error.help': 'Need to talk to someone now?',
  'core.load.chunk': 'A part of this element could not be loaded. Check the connection and try again.',
  'crisis.title': 'Need help now?',
  'crisis.lead': 'If you or someone near you is in danger or thinking of suicide, call now. It is free.',
  'crisis.call': 'Call {name}',
  'crisis.whatsapp': 'WhatsApp {name}',
  'crisis.website': 'Open {name}',
  'crisis.extension': 'ext. {extension}',
  'crisis.hours': 'Hours: {hours}',
  'crisis.emergency': 'In an emergency call 112 or go to the nearest hospital emergency room.',
  'crisis.exit': 'Quick exit',
  // Crisis panel (issue #14): the Shift hint is its own sentence, left out on touch-only devices and with no-shortcut.
  'crisis.exitHint': 'Leaves this site at once.',
  'crisis.exitShortcut': 'You can also press Shift three times.',
  'crisis.source': 'Source: {source}, checked {date}',
  'crisis.sejiwa.name': 'SEJIWA — mental-health counselling line (119 ext. 8)',
  'crisis.sejiwa.about': 'Free psychological counselling by phone, run by HIMPSI with the Ministry of Health.',
  'crisis.healing119.about':
    'Free and anonymous Ministry of Health suicide-prevention service: website, WhatsApp and emergency calls.',
} as const satisfies Catalog;
