/**
 * Defaults the elements apply in code (`section.x ?? default`), where the schema cannot say them
 * (a valibot `v.optional(x, default)` says its own, and the walker reads it there). The builder shows
 * a field's default ("(default)" / "(bawaan)") and writes nothing while the owner keeps it.
 * test/builder/defaults.test.ts renders the elements to check each entry against what they do.
 * Only fixed defaults belong here: `quiz.includeBuiltIn` (yes when there are no questions of one's
 * own), an event's `allDay` (from the form of `start`: fields.ts `defaultAt` shows it) and a place
 * area's `level` (from its code) depend on other fields, so they have none here.
 */
export const DOCUMENTED_DEFAULTS: Readonly<Record<string, unknown>> = {
  /** quiz/controller.ts: `shuffle: section.shuffle ?? true`. */
  'quiz.shuffle': true,
  /** quiz/controller.ts: `this.#section.mode ?? 'learn'`. */
  'quiz.mode': 'learn',
  /** calendar/calendar.ts: `WEEK_START_DAY[config.weekStart ?? 'mo']`. */
  'calendar.weekStart': 'mo',
  /** calendar/model/view.ts `resolveView`: `configured ?? 'month'` (a phone always shows the list). */
  'calendar.view': 'month',
  /** support-form/model/delivery.ts `attempt`: `type: BodyType = 'application/json'`. */
  'supportForm.contentType': 'application/json',
  /** support-form/support-form.ts: replies only `with supportForm.replies` (`form.replies && …`). */
  'supportForm.replies': false,
};
