import { CONTACTS } from '@/components/contacts';
import { STEPS } from '@/utils/steps/catalogue';
import type { Citation } from '@/utils/steps/schema';

/** Every claim of the guide with its citations: step guidance, problems and fixes, help contacts. */
export interface EvidenceClaim {
  where: string;
  /** What the claim asserts (for a problem: its fix; the user's symptom is not a claim). */
  text: string;
  /** Text that frames the claim (a problem's symptom), read for overlap only. */
  context?: string;
  cite: readonly Citation[];
}

export const CLAIMS: EvidenceClaim[] = [
  ...STEPS.flatMap((s) => [
    ...s.guidance.map((g, i) => ({ where: `${s.id} guidance ${i} (${g.kind})`, text: g.text, cite: g.cite })),
    ...s.problems.map((p) => ({ where: `${s.id} problem ${p.id}`, text: p.fix, context: p.problem, cite: p.cite })),
  ]),
  ...Object.entries(CONTACTS).map(([id, c]) => ({ where: `contact ${id}`, text: `${c.name}: ${c.detail}`, cite: c.cite })),
];

/** Worded as an inference or as a gap: what the sources do not state is said to be likely, older, or not found. */
export const HEDGED = /\b(most likely|likely|probably|may|might|possibly|we found no|we found nothing|could not be opened|older|a trade association|a consultancy|outside CMS)\b/i;

