import * as z from 'zod/mini';
import { ID_PATTERN, IsoDateSchema } from '../formats';
import { SITE_IDS } from '../sites';
import { STEP_IDS } from './ids';

/** Content is data: validated here, rendered by components as text (never as HTML). */

export const StepIdSchema = z.enum(STEP_IDS);

export const SourceSchema = z.object({
  title: z.string().check(z.minLength(3)),
  url: z.string().check(z.regex(/^https:\/\/[^\s]+$/)),
});

export const ChecklistItemSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  label: z.string().check(z.minLength(3)),
});

export const GuidanceBlockSchema = z.object({
  kind: z.enum(['text', 'tip', 'warning', 'next']),
  text: z.string().check(z.minLength(3)),
});

export const ProblemSchema = z.object({
  problem: z.string().check(z.minLength(3)),
  fix: z.string().check(z.minLength(3)),
});

export const CONTACT_IDS = ['iqies-service-center', 'qualitynet-help-desk', 'ccsq-support-central', 'your-pso'] as const;
export const ContactIdSchema = z.enum(CONTACT_IDS);

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
  sources: z.array(SourceSchema).check(z.minLength(1)),
  checkedOn: IsoDateSchema,
});

export type Step = z.infer<typeof StepSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type GuidanceBlock = z.infer<typeof GuidanceBlockSchema>;
export type ContactId = z.infer<typeof ContactIdSchema>;
