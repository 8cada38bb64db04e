import type { Catalog } from '../core/i18n/catalog.js';
import { supportFormIssuesEn } from './messages-issues.js';

/** Strings of <sebaya-support-form> in English: the list of keys. */
export const supportFormEn = {
  ...supportFormIssuesEn,
  'supportForm.title': 'Ask for support',
  'supportForm.lead': 'You do not have to give your name. Your request goes only to {organization}.',
  'supportForm.team': 'the support team',
  'supportForm.sealed':
    'Encrypted on this phone: only the team can read it. Your draft is kept, encrypted, only while this page stays open: if the page reloads, it is gone.',
  'supportForm.required': 'required',
  'supportForm.topic': 'Topic',
  'supportForm.topic.choose': 'Choose a topic',
  'supportForm.message': 'What would you like to tell the team?',
  'supportForm.message.hint': 'Write as much or as little as you like.',
  'supportForm.message.count': '{count} of {max} characters',
  'supportForm.urgency': 'How soon do you need help?',
  'supportForm.urgency.later': 'It can wait a few days',
  'supportForm.urgency.soon': 'In the next day or two',
  'supportForm.urgency.now': 'Now: I am in danger or might hurt myself',
  'supportForm.now.lead': 'Please call one of these lines now: they answer today. You can still send this form too.',
  'supportForm.contact': 'How can the team get back to you?',
  'supportForm.contact.none': 'No reply needed',
  'supportForm.contact.code': 'A reference code I can quote later',
  'supportForm.contact.whatsapp': 'WhatsApp',
  'supportForm.contact.phone': 'Phone call or SMS',
  'supportForm.contact.email': 'Email',
  'supportForm.contact.identifying': 'Makes you identifiable to the team',
  'supportForm.contact.value.whatsapp': 'Your WhatsApp number',
  'supportForm.contact.value.phone': 'Your phone number',
  'supportForm.contact.value.email': 'Your email address',
  'supportForm.consent':
    'I agree that {organization} may process what I write here, including information about my health (specific personal data under Indonesian Law No. 27 of 2022 on Personal Data Protection), only to respond to this request. It is not shared with anyone else without my permission unless someone’s life is in danger. I can withdraw my consent and ask for deletion at any time by quoting my reference code.',
  'supportForm.honeypot': 'Leave this field empty',
  'supportForm.send': 'Send request',
  'supportForm.again': 'Write another request',
  'supportForm.checkReply': 'Check for a reply to an earlier request',
  'supportForm.noReplySecret':
    'No reply secret could be made on this device, so an answer from the team cannot be read here. Your request itself is not affected.',
  'supportForm.sendNow': 'Try sending now',
  'supportForm.errors': 'Please check the form:',
  'supportForm.error.message': 'Please write a message.',
  'supportForm.error.tooLong': 'The message is too long ({count} characters; at most {max}).',
  'supportForm.error.topic': 'Please choose a topic.',
  'supportForm.error.urgency': 'Please say how soon you need help.',
  'supportForm.error.contact': 'Please enter where the team can reply, or choose another option.',
  'supportForm.error.phone': 'This does not look like a phone number.',
  'supportForm.error.email': 'This does not look like an email address.',
  'supportForm.error.consent': 'Please agree, so that the team may read your request.',
  'supportForm.error.tooFast': 'That was very quick. Please check your message, then send it again.',
  'supportForm.status.sending': 'Sending your request…',
  'supportForm.status.queued':
    'Saved on this phone. It will be sent when the connection is back: while this page is open, or the next time you open a page with this form.',
  'supportForm.status.failing':
    'The team’s receiver is not accepting requests right now (error {status}). Your request stays saved on this phone and is tried again while this page is open, but it may not arrive soon.',
  'supportForm.status.refused':
    'The team’s receiver is not accepting requests (error {status}), so it was not sent. It stays saved on this phone until you delete it.',
  'supportForm.status.notAccepting':
    'The team’s receiver is not accepting requests (error {status}). Nothing was sent. Your text is still here.',
  'supportForm.status.unsealable':
    'This device cannot encrypt your request, so nothing was sent or saved. Your text is still here: try again later, or from another phone or browser.',
  'supportForm.cannotSeal':
    'Cannot encrypt on this device: this form sends only encrypted requests, so nothing can be sent from here for now.',
  'supportForm.help.lead': 'If you need help soon, call one of these lines: they answer today.',
  'supportForm.status.storedPlain': 'Until then it is stored on this phone in readable form.',
  'supportForm.status.storedSealed': 'It is stored encrypted: only the team can read it.',
  'supportForm.status.sent': 'Sent. The team has your request.',
  'supportForm.status.code': 'Your reference code:',
  'supportForm.status.codeHint': 'Write it down if you want to ask about this request later.',
  'supportForm.status.rejected':
    'The team’s server did not accept the request (error {status}). Your text is still here.',
  'supportForm.status.reason': 'Reason given: {reason}',
  'supportForm.status.unsaved':
    'Could not send. This browser cannot keep the request for later, so nothing was saved. Your text is still here: try again when you are online.',
  'supportForm.noStorage':
    'This browser cannot save requests on this device (private mode?). A request is only sent while you are online.',
  'supportForm.pending': {
    one: '{count} request is waiting on this phone to be sent.',
    other: '{count} requests are waiting on this phone to be sent.',
  },
  'supportForm.pending.item': 'Request {code}',
  'supportForm.pending.plain': 'stored in readable form',
  'supportForm.pending.sealedItem': 'stored encrypted',
  'supportForm.pending.refused': 'refused by the server (error {status})',
  'supportForm.pending.failing': 'the team’s receiver is not accepting requests (error {status})',
  'supportForm.pending.delete': 'Delete this saved request',
  'supportForm.pending.deleteLabel': 'Delete saved request {code}',
  'supportForm.sentEarlier': 'A request saved earlier has been sent. Reference code: {code}',
} as const satisfies Catalog;
