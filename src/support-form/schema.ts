import * as v from 'valibot';
import { FetchUrl, Id, ShortText, Text, list } from '../core/config/fields.js';
import { siteSchemaFor } from '../core/config/schema.js';
import { registerCatalogs } from '../core/i18n/registry.js';
import { supportFormIssuesEn, supportFormIssuesId } from './messages-issues.js';
import { isOnP256 } from './model/public-key.js';
import { CONTACT_METHODS } from './model/request.js';

/** The team's public key: a P-256 public JWK (never the private part). */
export const PublicKey = v.pipe(
  v.object({
    kty: v.literal('EC'),
    crv: v.literal('P-256'),
    x: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'supportForm.issue.coordinate')),
    y: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'supportForm.issue.coordinate')),
    /** A private key pasted by mistake would publish the team's secret: refuse it loudly. */
    d: v.optional(v.never('supportForm.issue.privateKey')),
    kid: v.optional(v.pipe(v.string(), v.maxLength(200, 'core.issue.tooLong'))),
    alg: v.optional(v.string()),
    use: v.optional(v.string()),
    ext: v.optional(v.boolean()),
    key_ops: v.optional(v.array(v.string())),
  }),
  v.check((k) => isOnP256(k.x, k.y), 'supportForm.issue.notOnCurve'),
);

export const Topic = v.object({ id: Id, label: ShortText });

export const SupportFormSection = v.object({
  endpoint: FetchUrl,
  topics: v.optional(list(Topic, 50)),
  contact: v.optional(
    v.pipe(
      v.array(v.picklist(CONTACT_METHODS, 'core.issue.oneOf')),
      v.minLength(1, 'core.issue.empty'),
      v.maxLength(CONTACT_METHODS.length, 'core.issue.tooMany'),
    ),
  ),
  publicKey: v.optional(PublicKey),
  consentText: v.optional(Text),
  maxLength: v.optional(v.pipe(v.number(), v.integer('core.issue.invalid'), v.minValue(50), v.maxValue(20_000))),
  minFillSeconds: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(120))),
  timeoutSeconds: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(120))),
  contentType: v.optional(v.picklist(['application/json', 'text/plain'], 'core.issue.oneOf')),
  replies: v.optional(v.boolean()),
  proofOfWork: v.optional(
    v.object({ bits: v.pipe(v.number(), v.integer('core.issue.invalid'), v.minValue(1), v.maxValue(24)) }),
  ),
});
export type SupportFormSection = v.InferOutput<typeof SupportFormSection>;
export type Topic = v.InferOutput<typeof Topic>;

export const schema = siteSchemaFor('supportForm', SupportFormSection);

// The words for this section's config issues arrive with the schema (the validation chunk).
registerCatalogs({ id: supportFormIssuesId, en: supportFormIssuesEn });
