import * as z from 'zod/mini';
import { STEP_IDS } from './steps/ids';
import { ROUTE_MAX, ROUTE_SHAPE } from './steps/route-shape';
import type { SiteId } from './sites';
import { SITE_IDS, siteOfUrl } from './sites';

/**
 * The whole protocol between the content script and the panel, in one file.
 *
 * - On every page load (and when a page comes back from the back/forward cache) the content script says only
 *   "a guided page is ready in this tab" (`READY`). It has read nothing for that.
 * - A panel that follows that tab opens a port to it (`WATCH_PORT`). While at least one port is open, the
 *   content script watches the page and posts step reports on the port: the first reading, then every change.
 *   When the last port closes it stops watching. With no panel open, pages are never read.
 *
 * Every payload is checked and anything else is ignored. Senders are checked: READY must come from our own
 * content script in the top frame of the followed tab on a guided host; ports must be opened by our own pages.
 */
const NAMESPACE = 'iqag';

// Schemas are built on first use, not at module load, so the content script (which only sends reports) does
// not carry zod in its bundle.
const stepReportSchema = () =>
  z.object({
    type: z.literal(`${NAMESPACE}:step`),
    site: z.enum(SITE_IDS),
    step: z.nullable(z.enum(STEP_IDS)),
    /** The page's route shape (steps/route-shape.ts), already stripped of ids, query and personal parts. */
    route: z.optional(z.string().check(z.maxLength(ROUTE_MAX), z.regex(ROUTE_SHAPE))),
    // Only our own practice page (practice.html) adds this; the content script never does.
    practice: z.optional(z.literal(true)),
  });
type StepReportSchema = ReturnType<typeof stepReportSchema>;
export type StepReport = z.infer<StepReportSchema>;

let reportSchema: StepReportSchema | undefined;
/** A step report as posted on a watch port, or null for anything else. */
export function parseStepReport(message: unknown): StepReport | null {
  reportSchema ??= stepReportSchema();
  const parsed = reportSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export function stepReport(site: SiteId, step: StepReport['step'], route?: string): StepReport {
  return route === undefined ? { type: `${NAMESPACE}:step`, site, step } : { type: `${NAMESPACE}:step`, site, step, route };
}

/** The name of the port a panel opens to the followed tab's content script. */
export const WATCH_PORT = `${NAMESPACE}:watch`;

export interface ReadyMessage {
  type: `${typeof NAMESPACE}:ready`;
}
export const READY: ReadyMessage = { type: `${NAMESPACE}:ready` };

/** The parts of runtime.MessageSender we check. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Exactly `{ type: 'iqag:ready' }`, checked by hand. */
export function isReady(message: unknown): message is ReadyMessage {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const keys = Object.keys(message);
  return keys.length === 1 && keys[0] === 'type' && (message as { type: unknown }).type === READY.type;
}

/**
 * A READY the panel acts on: exact shape, our extension, top frame of the followed tab, on a guided host or on
 * our own practice page (`<ownOrigin>/practice.html`, which runs the same reporter; see entrypoints/practice).
 */
export function acceptReady(
  message: unknown,
  sender: SenderInfo,
  ownId: string,
  followedTabId: number | null,
  ownOrigin?: string,
): boolean {
  if (sender.id !== ownId || followedTabId === null) return false;
  if (sender.tab?.id !== followedTabId || sender.frameId !== 0) return false;
  const guided = siteOfUrl(sender.url) !== null || (ownOrigin !== undefined && isPracticeUrl(sender.url, ownOrigin));
  return guided && isReady(message);
}

/** Exactly our practice page: our origin, path /practice.html (any hash), no credentials. */
export function isPracticeUrl(url: string | undefined, ownOrigin: string): boolean {
  if (!url || !/^(?:chrome|moz)-extension:\/\/[^/]+$/.test(ownOrigin)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  // `${protocol}//${host}`, not u.origin: for non-web schemes origin is "null" outside the browser.
  return `${u.protocol}//${u.host}` === ownOrigin && u.pathname === '/practice.html' && !u.username && !u.password;
}

/**
 * A port the content script serves: our port name, opened by one of our own extension pages (the panel, in the
 * side panel or in a tab). Web pages cannot open ports to a content script and content scripts cannot open
 * them to each other; this check is the belt to those braces.
 */
export function isTrustedWatcher(name: string, sender: SenderInfo | undefined, ownId: string, ownOrigin: string): boolean {
  if (name !== WATCH_PORT || !sender || sender.id !== ownId) return false;
  return !!sender.url?.startsWith(`${ownOrigin}/`);
}
