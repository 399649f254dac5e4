import * as z from 'zod/mini';
import { STEP_IDS } from './steps/ids';
import type { SiteId } from './sites';
import { siteOfUrl } from './sites';

/**
 * The whole message protocol between the content script and the panel, in one file. Every payload is parsed
 * with zod; anything else is ignored. Senders are checked: step reports must come from our own content script
 * in the top frame of the followed tab on a guided host; requests for the step must come from our own pages.
 */
const NAMESPACE = 'iqag';

// Schemas are built on first use, not at module load, so the content script (which only sends reports and
// answers queries) does not carry zod in its bundle.
const stepReportSchema = () =>
  z.object({
    type: z.literal(`${NAMESPACE}:step`),
    site: z.enum(['harp', 'iqies']),
    step: z.nullable(z.enum(STEP_IDS)),
  });
type StepReportSchema = ReturnType<typeof stepReportSchema>;
export type StepReport = z.infer<StepReportSchema>;
export interface StepQuery {
  type: `${typeof NAMESPACE}:query-step`;
}

let reportSchema: StepReportSchema | undefined;
export function parseStepReport(message: unknown): StepReport | null {
  reportSchema ??= stepReportSchema();
  const parsed = reportSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** Exactly `{ type: 'iqag:query-step' }`: checked by hand, it is the content script's only input. */
export function isStepQuery(message: unknown): message is StepQuery {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const keys = Object.keys(message);
  return keys.length === 1 && keys[0] === 'type' && (message as { type: unknown }).type === STEP_QUERY.type;
}

export function stepReport(site: SiteId, step: StepReport['step']): StepReport {
  return { type: `${NAMESPACE}:step`, site, step };
}

export const STEP_QUERY: StepQuery = { type: `${NAMESPACE}:query-step` };

/** The parts of runtime.MessageSender we check. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A step report the panel may trust: right shape, our extension, top frame of the followed tab, guided host. */
export function acceptStepReport(
  message: unknown,
  sender: SenderInfo,
  ownId: string,
  followedTabId: number | null,
): StepReport | null {
  if (sender.id !== ownId || followedTabId === null) return null;
  if (sender.tab?.id !== followedTabId || sender.frameId !== 0) return null;
  const report = parseStepReport(message);
  if (!report || siteOfUrl(sender.url) !== report.site) return null;
  return report;
}

/**
 * A step query the content script answers: right shape, sent by one of our own extension pages (the panel, in
 * the side panel or in a tab), never by a content script on some page.
 */
export function isTrustedStepQuery(message: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId || !sender.url?.startsWith(ownOrigin)) return false;
  return isStepQuery(message);
}
