import { isStepId } from './steps/ids';
import type { StepId } from './steps/ids';
import { ROUTE_MAX, ROUTE_SHAPE } from './steps/route-shape';
import type { SiteId } from './sites';
import { SITE_IDS, siteOfUrl } from './sites';

/**
 * Every message between the extension's parts: one union, one validator, one set of sender checks.
 *
 * Content script (and the practice page, which runs the same reporter) → panel:
 * - `iqag:ready` (runtime.sendMessage): "a guided page is ready in this tab", on every page load and when a page
 *   comes back from the back/forward cache. Nothing is read for it.
 * - `iqag:step` (on a watch port, `WATCH_PORT`, that a panel opens to the followed tab): the step the page shows,
 *   the first reading and then every change. While no port is open the page is never read.
 * - `iqag:where` (on the same watch port): the page's answer to `iqag:show-where`, `shown` or `not-found`.
 * Panel → the followed tab, commands posted on the watch port the panel holds (only our own extension pages can
 * open one, so a command on it is from our panel; a page listens for none until a port is open):
 * - `iqag:practice-go`: move a practice copy to another screen.
 * - `iqag:show-where`: find the control with one of these visible names, scroll it into view and outline it for a
 *   moment. Answered once, in order, with `iqag:where`; nothing else is sent back.
 * - `iqag:present`: this panel presents from the page (`on: true`) or no longer does. The page blurs its form
 *   fields (by style only) while at least one open port presents; a port that closes presents no more, so a panel
 *   that crashes or goes away takes the blur with it.
 *
 * Every payload is checked by `parseMessage` (exact keys, exact types; a bad route is dropped from its report) and
 * anything else is ignored. Senders are checked too: READY must come from our own content script in the top frame
 * of the followed tab on a guided host (or from our own practice page); ports must come from our own extension
 * pages.
 * Hand-checked, without zod: this file ships in the content script, which has a size budget.
 */
export type Message =
  | { type: 'iqag:ready' }
  | {
      type: 'iqag:step';
      site: SiteId;
      step: StepId | null;
      /** The page's route shape (steps/route-shape.ts), already stripped of ids, query and personal parts. */
      route?: string;
      /** Only our own practice page (practice.html) adds this; the content script never does. */
      practice?: true;
    }
  | { type: 'iqag:where'; result: ShowWhereResult }
  | { type: 'iqag:practice-go'; screen: string }
  | { type: 'iqag:show-where'; names: string[] }
  | { type: 'iqag:present'; on: boolean };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type StepReport = MessageOf<'iqag:step'>;

/**
 * A field's check; it gets `undefined` for an absent field, so an optional field's check accepts that. 'drop'
 * leaves a bad value out while the rest of the message stands: a step report's route only helps teaching, so a
 * route the panel cannot use never costs it the step.
 */
type Check = (value: unknown) => boolean | 'drop';
type Fields = Readonly<Record<string, Check>>;
export type CommandType = 'iqag:practice-go' | 'iqag:show-where' | 'iqag:present';

/** Page → panel: what the content script (or the practice page) reports. */
const REPORTS: { readonly [T in 'iqag:ready' | 'iqag:step' | 'iqag:where']: Fields } = {
  'iqag:ready': {},
  'iqag:step': {
    site: (v) => (SITE_IDS as readonly unknown[]).includes(v),
    step: (v) => v === null || isStepId(v),
    route: (v) => v === undefined || (typeof v === 'string' && v.length <= ROUTE_MAX && ROUTE_SHAPE.test(v)) || ('drop' as const),
    practice: (v) => v === undefined || v === true,
  },
  'iqag:where': { result: (v) => v === 'shown' || v === 'not-found' },
};
/**
 * Panel → page: the commands a page takes. Kept apart so a page parses them alone: the content script then bundles
 * (and compiles at every page load) none of the checks of messages only the panel receives (step ids, route shapes).
 */
const COMMANDS: { readonly [T in CommandType]: Fields } = {
  'iqag:practice-go': { screen: (v) => typeof v === 'string' && v.length <= 100 },
  'iqag:show-where': {
    names: (v) => Array.isArray(v) && v.length > 0 && v.length <= 4 && v.every((n) => typeof n === 'string' && n.length <= 60),
  },
  'iqag:present': { on: (v) => typeof v === 'boolean' },
};

/**
 * The one validator, for either direction's table: a message of a known type with exactly its fields, each of
 * the right type (a copy of them, so nothing the sender attached rides along), or null for anything else.
 * Own properties only: an inherited `type` or field counts as absent.
 */
function validate(table: Readonly<Record<string, Fields>>, message: unknown): Message | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const own = (key: string) => (Object.hasOwn(m, key) ? m[key] : undefined);
  const type = own('type');
  const fields = typeof type === 'string' && Object.hasOwn(table, type) ? table[type]! : null;
  if (!fields || Object.keys(m).some((key) => key !== 'type' && !Object.hasOwn(fields, key))) return null;
  const out: Record<string, unknown> = { type };
  for (const key of Object.keys(fields)) {
    const value = own(key);
    const ok = fields[key]!(value);
    if (!ok) return null;
    if (ok === true && value !== undefined) out[key] = value;
  }
  return out as Message;
}

/** Any message of the protocol, checked; null for anything else. */
export const parseMessage = (message: unknown): Message | null => validate(REPORTS, message) ?? validate(COMMANDS, message);
/** A command a page takes (the content script and the practice page), checked; null for anything else. */
export const parseCommand = (message: unknown): MessageOf<CommandType> | null => validate(COMMANDS, message) as MessageOf<CommandType> | null;

/** A message of one type, or null (anything else, including a valid message of another type). */
export function parseMessageOf<T extends MessageType>(type: T, message: unknown): MessageOf<T> | null {
  const parsed = parseMessage(message);
  return parsed?.type === type ? (parsed as MessageOf<T>) : null;
}

export const READY: MessageOf<'iqag:ready'> = { type: 'iqag:ready' };
/** A step report; without a route, its `route` is undefined, which every reader takes as absent. */
export const stepReport = (site: SiteId, step: StepId | null, route?: string): StepReport => ({ type: 'iqag:step', site, step, route });
export const practiceGo = (screen: string): MessageOf<'iqag:practice-go'> => ({ type: 'iqag:practice-go', screen });
export const showWhereMessage = (names: readonly string[]): MessageOf<'iqag:show-where'> => ({ type: 'iqag:show-where', names: [...names] });
/** The page's answer to `iqag:show-where`; no answer (the page went away, an old page) reads as not found. */
export type ShowWhereResult = 'shown' | 'not-found';
export const presentMessage = (on: boolean): MessageOf<'iqag:present'> => ({ type: 'iqag:present', on });
export const whereAnswer = (result: ShowWhereResult): MessageOf<'iqag:where'> => ({ type: 'iqag:where', result });

/** The name of the port a panel opens to the followed tab's content script. */
export const WATCH_PORT = 'iqag:watch';

/** The parts of runtime.MessageSender we check. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Our extension's origin (`chrome-extension://<id>`, `moz-extension://<uuid>`), from runtime.getURL. */
export const ownOriginOf = (getURL: (path: '/') => string): string => getURL('/').replace(/\/$/, '');

/**
 * Whether `url` is exactly our extension page `path` (any query or hash after it). By prefix, not by parsing: an
 * extension origin has no credentials or port, so anything else in front of the path (another origin, `user@`,
 * `.evil` after the file name) fails the comparison.
 */
export function isOwnPage(url: string | undefined, ownOrigin: string, path: string): boolean {
  if (!url || !/^(?:chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(ownOrigin)) return false;
  const page = ownOrigin + path;
  const next = url.charAt(page.length);
  return url.startsWith(page) && (next === '' || next === '?' || next === '#');
}

/**
 * A READY the panel acts on: exact shape, our extension, top frame of the followed tab, on a guided host or on
 * our own practice page (`<ownOrigin>/practice.html`, which runs the same reporter; see entrypoints/practice).
 */
export function acceptReady(message: unknown, sender: SenderInfo, ownId: string, followedTabId: number | null, ownOrigin?: string): boolean {
  if (sender.id !== ownId || followedTabId === null) return false;
  if (sender.tab?.id !== followedTabId || sender.frameId !== 0) return false;
  const guided = siteOfUrl(sender.url) !== null || (ownOrigin !== undefined && isOwnPage(sender.url, ownOrigin, '/practice.html'));
  return guided && parseMessageOf('iqag:ready', message) !== null;
}

/**
 * A port the content script serves must be opened by one of our own extension
 * pages: the panel, in the side panel or in a tab. Web pages cannot open ports to a content script and content
 * scripts cannot open them to each other; this check is the belt to those braces. Because only our pages can
 * open a port, a command posted on one is our panel's: commands need no check of their own.
 */
export function fromOwnPage(sender: SenderInfo | undefined, own: { id: string; getURL(path: '/'): string }): boolean {
  return !!sender && sender.id === own.id && !!sender.url?.startsWith(own.getURL('/'));
}
