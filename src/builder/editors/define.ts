/**
 * Registers the builder's field editors (BUILDER-CONTRACT.md): `sebaya-edit-<kind>`. The builder
 * shell imports this; the classes themselves register nothing.
 */
import { defineElement } from '../../core/define.js';
import { SebayaEditBoolean } from './boolean.js';
import { SebayaEditChoice } from './choice.js';
import { SebayaEditColour } from './colour.js';
import { SebayaEditDate, SebayaEditTime } from './date-time.js';
import { SebayaEditDatetime } from './datetime.js';
import { SebayaEditHours } from './hours.js';
import { SebayaEditNumber } from './number.js';
import { SebayaEditPhone } from './phone.js';
import { SebayaEditPlain } from './plain.js';
import { SebayaEditPublicKey } from './public-key.js';
import { SebayaEditRrule } from './rrule.js';
import { SebayaEditText } from './text.js';
import { SebayaEditUrl } from './url.js';
import type {} from './events.js';

/** Tag → class, as the contract names them; stories and tests loop over it. */
export const EDITORS = {
  'sebaya-edit-plain': SebayaEditPlain,
  'sebaya-edit-text': SebayaEditText,
  'sebaya-edit-number': SebayaEditNumber,
  'sebaya-edit-boolean': SebayaEditBoolean,
  'sebaya-edit-choice': SebayaEditChoice,
  'sebaya-edit-date': SebayaEditDate,
  'sebaya-edit-time': SebayaEditTime,
  'sebaya-edit-phone': SebayaEditPhone,
  'sebaya-edit-hours': SebayaEditHours,
  'sebaya-edit-colour': SebayaEditColour,
  'sebaya-edit-url': SebayaEditUrl,
  'sebaya-edit-public-key': SebayaEditPublicKey,
  'sebaya-edit-rrule': SebayaEditRrule,
  'sebaya-edit-datetime': SebayaEditDatetime,
} as const;

export type EditorTag = keyof typeof EDITORS;

for (const [tag, ctor] of Object.entries(EDITORS)) defineElement(tag, ctor);

declare global {
  interface HTMLElementTagNameMap {
    'sebaya-edit-plain': SebayaEditPlain;
    'sebaya-edit-text': SebayaEditText;
    'sebaya-edit-number': SebayaEditNumber;
    'sebaya-edit-boolean': SebayaEditBoolean;
    'sebaya-edit-choice': SebayaEditChoice;
    'sebaya-edit-date': SebayaEditDate;
    'sebaya-edit-time': SebayaEditTime;
    'sebaya-edit-phone': SebayaEditPhone;
    'sebaya-edit-hours': SebayaEditHours;
    'sebaya-edit-colour': SebayaEditColour;
    'sebaya-edit-url': SebayaEditUrl;
    'sebaya-edit-public-key': SebayaEditPublicKey;
    'sebaya-edit-rrule': SebayaEditRrule;
    'sebaya-edit-datetime': SebayaEditDatetime;
  }
}
