/** Side-effect-free exports: classes and types. Nothing is registered here (each element has its own define module). */
export {
  SebayaElement,
  ELEMENT_STATES,
  type ElementState,
  type SebayaEvents,
  type SebayaEventMap,
} from './core/element.js';
export { SebayaWidget } from './core/widget.js';
export { ProblemError, type Problem, type SebayaErrorDetail } from './core/problem.js';
export { Localize } from './core/i18n/controller.js';
export { chunk, type Chunk } from './core/lazy.js';
export {
  SebayaCrisisHelp,
  CRISIS_LAYOUTS,
  type CrisisLayout,
  type QuickExitDetail,
} from './crisis-help/crisis-help.js';
export { defineElement } from './core/define.js';
export { safeUrl, telUrl, whatsappUrl } from './core/safe-url.js';
export type { SharedConfig, CrisisLine, SectionName } from './core/config/schema.js';
export type { LocalizedText } from './core/i18n/localize.js';
export { SebayaQuiz, type QuizAnswerDetail, type QuizCompleteDetail } from './quiz/quiz.js';
export type { QuizMode, QuizSection, QuizItem, MythFactItem, ChoiceItem, NextStep } from './quiz/schema.js';
export { SebayaSupportForm, SEND_PHASES, type SendPhase, type RequestDetail } from './support-form/support-form.js';
export {
  URGENCIES,
  CONTACT_METHODS,
  HPKE_SUITE,
  HPKE_INFO,
  type SupportRequest,
  type Envelope,
  type PlainEnvelope,
  type SealedEnvelope,
  type Urgency,
  type ContactMethod,
} from './support-form/model/request.js';
export type { SupportFormSection } from './support-form/schema.js';
export { SebayaDirectory, type ResourceSelectDetail } from './directory/directory.js';
export type { DirectoryConfig, ResourceConfig, SourceConfig } from './directory/schema.js';
export type { Resource } from './directory/model/resource.js';
export { SebayaCalendar, NARROW_WIDTH, type EventSelectDetail } from './calendar/calendar.js';
export {
  CALENDAR_VIEWS,
  WEEK_STARTS,
  SOURCE_TYPES,
  type CalendarView,
  type WeekStart,
  type SourceType,
} from './calendar/constants.js';
export type { CalendarSection, CalendarSource, CalendarCategory, CalendarEventInput } from './calendar/schema.js';
export type { CalendarEvent, Occurrence } from './calendar/model/types.js';
