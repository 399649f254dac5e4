import { i18n } from '#i18n';
import { isIsoDate } from '../formats';
import type { PageState } from '../panel/page-state';
import type { SiteId } from '../sites';
import { SITES, SITE_NAMES, siteOfHost } from '../sites';
import { STEPS } from '../steps/catalogue';
import { resolveStepId } from '../steps/ids';
import type { StepId } from '../steps/ids';
import { isRouteShape } from '../steps/route-shape';
import { LIMITS, TAUGHT_PREFIX, TaughtValueSchema, taughtKey } from '../storage/items';

/**
 * Pages the user taught: "this page is step X", remembered by host and route shape (steps/route-shape.ts), per
 * browser (not per workspace: a page is the same page whoever's progress is open). One storage key per page, so
 * two panels teaching two pages never overwrite each other:
 *   taught:<host><route shape>  → { step, on: 'YYYY-MM-DD', fix?: true }
 * `fix` marks a correction: taught on a page the built-in rules recognised as another step. Nothing from the
 * page's text or fields is stored.
 */
export { taughtKey };
/** Far more pages than the journey has; past it, teaching (and an import) asks the user to forget one first. */
export const TAUGHT_MAX = LIMITS.taughtPages;
/** The plain message when the list of taught pages is full (read from the locale when shown). */
export const taughtFull = () => i18n.t('errors.taughtFull', { max: TAUGHT_MAX });

export interface TaughtPage {
  host: string;
  path: string;
  step: StepId;
  on: string;
  /** A correction of the built-in rules: it wins over them on this page. */
  fix: boolean;
}


/** host + route shape from a storage key; null when the key is not one a taught page can have. */
export function parseTaughtKey(key: string): { host: string; path: string } | null {
  if (!key.startsWith(TAUGHT_PREFIX)) return null;
  const rest = key.slice(TAUGHT_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return null;
  const host = rest.slice(0, slash);
  const path = rest.slice(slash);
  return siteOfHost(host) && host === host.toLowerCase() && isRouteShape(path) ? { host, path } : null;
}


const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (v: unknown, name: string): unknown => (isRecord(v) && Object.hasOwn(v, name) ? v[name] : undefined);

/** The stored value of a taught page. */
export const taughtValue = (t: Pick<TaughtPage, 'step' | 'on' | 'fix'>) => (t.fix ? { step: t.step, on: t.on, fix: true } : { step: t.step, on: t.on });

export interface TaughtRead {
  /** Newest first, at most TAUGHT_MAX. */
  pages: TaughtPage[];
  /** Bad stored values: the raw value is kept under quarantine, then the repair is written (or the key removed). */
  quarantine: { key: string; raw: unknown; repaired: unknown }[];
}

/**
 * Reads every taught page from the stored area. Never throws. A key that cannot be a taught page (another host,
 * a path that is not a route shape) is quarantined and removed; a value of the wrong shape is repaired where its
 * step and date can be read, else quarantined and removed. A step id this version does not know (a newer
 * version's) is left alone. `null` is an import's tombstone: absent.
 */
export function readTaught(raw: Readonly<Record<string, unknown>>): TaughtRead {
  const pages: TaughtPage[] = [];
  const quarantine: TaughtRead['quarantine'] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(TAUGHT_PREFIX) || value === null) continue;
    const at = parseTaughtKey(key);
    if (!at) {
      quarantine.push({ key, raw: value, repaired: null });
      continue;
    }
    const checked = TaughtValueSchema.safeParse(value);
    let v: { step: unknown; on: unknown; fix?: unknown };
    if (checked.success) v = checked.data;
    else {
      const step = typeof value === 'string' ? value : field(value, 'step');
      const on = field(value, 'on');
      const ok = resolveStepId(step) && isIsoDate(on);
      const repaired = ok ? taughtValue({ step: resolveStepId(step)!, on, fix: field(value, 'fix') === true }) : null;
      quarantine.push({ key, raw: value, repaired });
      if (!repaired) continue;
      v = repaired;
    }
    const step = resolveStepId(v.step);
    if (!step) continue;
    pages.push({ ...at, step, on: v.on as string, fix: v.fix === true });
  }
  pages.sort((a, b) => b.on.localeCompare(a.on) || (a.host + a.path).localeCompare(b.host + b.path));
  return { pages: pages.slice(0, TAUGHT_MAX), quarantine };
}

type DetectedBy = 'rules' | 'you' | '';

export interface Resolved {
  /** The page state the panel shows: the taught step when a taught page applies. */
  page: PageState;
  step: StepId | null;
  by: DetectedBy;
  /** The taught page that applies here, if one does. */
  taught: TaughtPage | null;
  /** What the built-in rules alone see on this page. */
  rules: StepId | null;
  /** The host and route shape a teaching here would be stored under; null where nothing can be taught. */
  at: { host: string; path: string } | null;
}

/**
 * Which step the panel shows for a page, and who said so. A taught page applies only on the two CMS hosts, only
 * to its own route shape, and never on a practice copy. Where the built-in rules recognise a step (which they do
 * only with a clear margin, detect-step.ts), a taught page with another step applies only if it is a correction
 * of them.
 */
export function resolvePage(page: PageState, taught: readonly TaughtPage[]): Resolved {
  if (page.kind !== 'known' && page.kind !== 'unknown') return { page, step: null, by: '', taught: null, rules: null, at: null };
  // A practice copy is a demo, not the site: every practice screen shares one address, so a page taught there
  // would relabel them all and be kept (listed, exported) as the user's own. Nothing is taught or applied there.
  if (page.practice) {
    const rules = page.kind === 'known' ? page.step : null;
    return { page, step: rules, by: rules ? 'rules' : '', taught: null, rules, at: null };
  }
  const host: string = SITES[page.site];
  const at = page.route !== undefined && isRouteShape(page.route) ? { host, path: page.route } : null;
  const rules = page.kind === 'known' ? page.step : null;
  const entry = at ? taught.find((t) => t.host === at.host && t.path === at.path) : undefined;
  if (entry && (entry.fix || !rules || rules === entry.step)) {
    return { page: { kind: 'known', site: page.site, step: entry.step, route: at!.path }, step: entry.step, by: 'you', taught: entry, rules, at };
  }
  return { page, step: rules, by: rules ? 'rules' : '', taught: null, rules, at };
}

/**
 * What teaching `step` on this page writes: one key and its value (null removes it). Null when nothing may be
 * written: not on a CMS page, or the list is full (then `full`). Choosing the step the rules already see
 * removes any teaching instead: the rules are right there.
 */
export function teach(
  resolved: Resolved,
  step: StepId,
  taught: readonly TaughtPage[],
  today: string,
): { key: string; value: unknown } | { full: true } | null {
  const { at, rules } = resolved;
  if (!at || !siteOfHost(at.host)) return null;
  const key = taughtKey(at.host, at.path);
  if (rules === step) return { key, value: null };
  const exists = taught.some((t) => t.host === at.host && t.path === at.path);
  if (!exists && taught.length >= TAUGHT_MAX) return { full: true };
  // Taught over the rules' own answer: a correction, which wins over them on this page from now on.
  return { key, value: taughtValue({ step, on: today, fix: rules !== null }) };
}

export interface StepGroup {
  label: string;
  steps: { id: StepId; title: string }[];
}

// Group labels from the locale, read when the options are built: on its own, and beside the user's track ("Other …").
const SITE_GROUPS: [SiteId | 'none', () => string, () => string][] = [
  ['harp', () => SITE_NAMES.harp, () => i18n.t('teachPage.groupOtherSite', { site: SITE_NAMES.harp })],
  ['iqies', () => SITE_NAMES.iqies, () => i18n.t('teachPage.groupOtherSite', { site: SITE_NAMES.iqies })],
  ['none', () => i18n.t('teachPage.groupNone'), () => i18n.t('teachPage.groupOtherNone')],
];

/** The steps "This page is…" offers: the user's track first (in its order), then every other step by site. */
export function teachOptions(trackSteps: readonly StepId[]): StepGroup[] {
  const title = (id: StepId) => STEPS.find((s) => s.id === id)?.title ?? id;
  const groups: StepGroup[] = [];
  if (trackSteps.length) groups.push({ label: i18n.t('teachPage.groupTrack'), steps: trackSteps.map((id) => ({ id, title: title(id) })) });
  for (const [site, alone, other] of SITE_GROUPS) {
    const steps = STEPS.filter((s) => s.site === site && !trackSteps.includes(s.id)).map((s) => ({ id: s.id, title: s.title }));
    if (steps.length) groups.push({ label: trackSteps.length ? other() : alone(), steps });
  }
  return groups;
}
