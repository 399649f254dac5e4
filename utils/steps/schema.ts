import * as z from 'zod/mini';
import { ID_PATTERN, IsoDateSchema } from '../formats';
import { SITE_IDS } from '../sites';
import { STEP_IDS } from './ids';
import { SOURCE_IDS } from './catalogue/sources';

/** Content is data: validated here, rendered by components as text (never as HTML). */

export const StepIdSchema = z.enum(STEP_IDS);

/** Who publishes a source. Anything but CMS (and its contractors' sites) is labelled as such in the panel. */
export const SOURCE_KINDS = ['cms', 'state-agency', 'trade-association', 'other'] as const;

export const SourceSchema = z.object({
  /** A few words naming the source beside a claim (its link text). */
  short: z.string().check(z.minLength(3)),
  title: z.string().check(z.minLength(3)),
  url: z.string().check(z.regex(/^https:\/\/[^\s]+$/)),
  kind: z.enum(SOURCE_KINDS),
  /** The day the claims citing it were last read against it. */
  checkedOn: IsoDateSchema,
  /** Known to be old, or its target is unknown: shown as "possibly outdated". */
  outdated: z.optional(z.boolean()),
  /** What a reader should know about the link itself. */
  note: z.optional(z.string()),
  /** The page's own date, where it shows one: shown beside old pages ("page dated 2019"). */
  published: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  /** A page we could not open: cited without words, and the claims citing it are hedged. */
  unavailable: z.optional(z.literal(true)),
});

export const SourceIdSchema = z.enum(SOURCE_IDS);
/**
 * One source of a claim and its own words that hold the claim: verbatim, short (one or two sentences, "…" for
 * omissions). Empty only for a source marked `unavailable` (a page we could not open).
 */
const CitationSchema = z.object({ source: SourceIdSchema, says: z.string() });
/** The sources that support one claim: at least one, each known, each with its words. */
const CitesSchema = z.array(CitationSchema).check(z.minLength(1));

const ChecklistItemSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  label: z.string().check(z.minLength(3)),
});

const GuidanceBlockSchema = z.object({
  kind: z.enum(['text', 'tip', 'warning', 'next']),
  text: z.string().check(z.minLength(3)),
  cite: CitesSchema,
});

const ProblemSchema = z.object({
  /** Stable across releases and unique in the catalogue: the step view's and the search's `data-problem-id`. */
  id: z.string().check(z.regex(ID_PATTERN)),
  problem: z.string().check(z.minLength(3)),
  fix: z.string().check(z.minLength(3)),
  cite: CitesSchema,
});

export const CONTACT_IDS = ['iqies-service-center', 'qualitynet-help-desk', 'ccsq-support-central', 'your-pso'] as const;
const ContactIdSchema = z.enum(CONTACT_IDS);

export const StepSchema = z.object({
  id: StepIdSchema,
  title: z.string().check(z.minLength(3)),
  summary: z.string().check(z.minLength(10)),
  site: z.enum([...SITE_IDS, 'none']),
  haveReady: z.array(z.string()),
  checklist: z.array(ChecklistItemSchema),
  guidance: z.array(GuidanceBlockSchema),
  problems: z.array(ProblemSchema),
  contacts: z.array(ContactIdSchema),
  checkedOn: IsoDateSchema,
});

export type Step = z.infer<typeof StepSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type GuidanceBlock = z.infer<typeof GuidanceBlockSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ContactId = z.infer<typeof ContactIdSchema>;
