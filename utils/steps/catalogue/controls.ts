import * as z from 'zod/mini';
import type { StepId } from '../ids';
import { SourceIdSchema, StepIdSchema } from '../schema';
import type { SourceId } from './sources';

/**
 * Per step, the one control the step is about, by its visible name in CMS's own wording: what "Show me where"
 * looks for on the page (utils/page/show-where.ts). Only steps where one control is meant have an entry; a step
 * that is a form to fill in (profile, account, sign-in, the role wizard's choices) has none, because outlining
 * one of its buttons would point past the work the step asks for.
 *
 * Each name is cited: `says` holds the source's own words, verbatim, so a reader can check the name against it.
 * `names` are alternative wordings of the same control, best first; the page outlines a control only when
 * exactly one matches (never a guess).
 */
interface Quote {
  source: SourceId;
  says: string;
}

export interface StepControl {
  names: readonly string[];
  cite: readonly Quote[];
}

const QuoteSchema = z.object({ source: SourceIdSchema, says: z.string().check(z.minLength(3)) });

/** What the page-side locator accepts (utils/messaging.ts checks the same bounds). */
const CONTROL_NAME_MAX = 60;
const CONTROL_NAMES_MAX = 4;

const StepControlSchema = z.object({
  names: z.array(z.string().check(z.minLength(2), z.maxLength(CONTROL_NAME_MAX))).check(z.minLength(1), z.maxLength(CONTROL_NAMES_MAX)),
  cite: z.array(QuoteSchema).check(z.minLength(1)),
});

export const StepControlsSchema = z.partialRecord(StepIdSchema, StepControlSchema);

export const STEP_CONTROLS: Partial<Record<StepId, StepControl>> = {
  'harp-identity': {
    // The way out when the questions cannot be answered or the check fails.
    names: ['Initiate Manual Proofing'],
    cite: [{ source: 'qsep-faq', says: 'Initiate Manual Proofing' }],
  },
  'harp-confirmation': {
    names: ['Login to Complete Setup'],
    cite: [
      {
        source: 'qnet-harp-security-code',
        says: 'Your account has been completed and you will receive a confirmation email. However you still need to create a two-factor authentication – Click Login to Complete Setup',
      },
    ],
  },
  'harp-two-factor': {
    names: ['Submit'],
    cite: [{ source: 'qnet-harp-security-code', says: 'Submit' }],
  },
  'iqies-welcome': {
    names: ['Request User Role'],
    cite: [
      { source: 'ky-chfs-epoc', says: 'Request User Role' },
      { source: 'mi-lara-epoc', says: 'Request User Role' },
    ],
  },
};

/** The names to look for on a step's page, or null when the step has no single control. */
export const controlNamesOf = (id: StepId): readonly string[] | null => STEP_CONTROLS[id]?.names ?? null;
