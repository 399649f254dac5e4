import type { SiteId } from '../sites';
import { siteOfHost } from '../sites';
import type { StepId } from './ids';
import { containsPhrase, normalizeText, wordCount } from './normalize';

/** What the content script reads from a page: text from headings, labels and buttons, never field values. */
export interface PageSnapshot {
  host: string;
  /** location.pathname */
  path: string;
  /** location.hash (hash routes such as `#/register/profile-info` are matched like paths) */
  hash: string;
  title: string;
  /** h1–h3, legend, [role=heading] */
  headings: string[];
  /** The current item of a progress indicator (aria-current="step", "current"/"active" classes) */
  current: string[];
  labels: string[];
  buttons: string[];
}

/**
 * A detection rule lives beside its step in the catalogue. Phrases are written naturally; they are normalised.
 * A rule with `step: null` describes pages that are *not* a step (help, FAQ, terms, contact, errors): it competes
 * like any other rule, and when it wins or comes close the answer is "unknown".
 */
export interface DetectionRule {
  step: StepId | null;
  /** The site the rule applies to; none: both. */
  site?: SiteId;
  /** Routes (lower case) that show this step, tested against the pathname and a hash route (`#/…`). */
  route?: RegExp;
  /** Phrases a heading or the current progress item says on this step. */
  headings: string[];
  /** Supporting phrases from labels and button text. */
  labels?: string[];
  /** Phrases (in headings, labels or buttons) that rule this step out, e.g. "Log Out" on a registration step. */
  unless?: string[];
}

export interface Detection {
  site: SiteId | null;
  step: StepId | null;
  score: number;
  runnerUp: number;
}

/** Weights. A heading naming the step, its known route or the current progress item each suffice alone. */
const W_HEADING_EXACT = 5;
const W_HEADING = 4;
/** A heading that only mentions the step among many other words. (Questions such as "How do I set up two-factor…?" never count.) */
const W_MENTION = 1;
const W_CURRENT = 4;
const W_PATH = 4;
const W_TITLE = 1;
const W_LABEL = 1;
const MAX_LABEL_POINTS = 2;
/** Several question headings make a FAQ: evidence for "not a step". */
const W_FAQ = 4;
/** A heading may carry this many words beyond the phrase ("Step 2 of 4: Account Information") and still name it. */
const MAX_EXTRA_WORDS = 5;
const MIN_SCORE = 4;
const MIN_MARGIN = 2;

const SITE_WORDS = / ?\b(?:harp|iqies|cms)\b ?/g;
const stripSite = (t: string): string => t.replace(SITE_WORDS, ' ').trim();
const QUESTION = /\?\s*$|^\W*(?:how|what|why|where|when|who|can|do|does)\b/i;

interface NormalizedSnapshot {
  routes: string[];
  title: string;
  headings: string[];
  /** Headings that ask a question (FAQ entries, "Need help?"): they only ever mention a step. */
  questions: string[];
  current: string[];
  labels: string[];
  /** Each list joined as " a | b | c ": one `includes` per phrase finds the few lists worth scoring item by item. */
  joined: { headings: string; current: string; labels: string; title: string };
}

const join = (texts: string[]): string => ` ${texts.join(' | ')} `;

function routesOf(snapshot: PageSnapshot): string[] {
  const routes = [snapshot.path.toLowerCase()];
  const hash = snapshot.hash.replace(/^#!?/, '');
  if (hash.startsWith('/')) routes.push(hash.split('?')[0]!.toLowerCase());
  return routes;
}

const norm = (texts: string[]): string[] => texts.map(normalizeText).filter(Boolean);

function normalizeSnapshot(snapshot: PageSnapshot): NormalizedSnapshot {
  const asked = snapshot.headings.map((h) => QUESTION.test(h));
  const headings = norm(snapshot.headings.filter((_, i) => !asked[i]));
  const current = norm(snapshot.current);
  const labels = norm([...snapshot.labels, ...snapshot.buttons]);
  const title = normalizeText(snapshot.title);
  return {
    routes: routesOf(snapshot),
    title,
    headings,
    questions: norm(snapshot.headings.filter((_, i) => asked[i])),
    current,
    labels,
    joined: { headings: join(headings), current: join(current), labels: join(labels), title: ` ${title} ` },
  };
}

/** How strongly a text names a phrase: 3 exactly, 2 with a few extra words, 1 only in passing, 0 not at all. */
function naming(text: string, phrase: string): number {
  if (!containsPhrase(text, phrase)) return 0;
  const [t, p] = [stripSite(text), stripSite(phrase)];
  return t === p ? 3 : wordCount(t) - wordCount(p) <= MAX_EXTRA_WORDS ? 2 : 1;
}

const bestNaming = (texts: string[], phrases: string[]): number =>
  Math.max(0, ...texts.flatMap((t) => phrases.map((p) => naming(t, p))));

const HEADING_POINTS = [0, W_MENTION, W_HEADING, W_HEADING_EXACT];

/** Each rule's phrases, normalised once per page (not once per check). */
interface Phrases {
  headings: string[];
  labels: string[];
  unless: string[];
}
const compiled = new WeakMap<DetectionRule, Phrases>();
function phrasesOf(rule: DetectionRule): Phrases {
  let c = compiled.get(rule);
  if (!c) compiled.set(rule, (c = { headings: norm(rule.headings), labels: norm(rule.labels ?? []), unless: norm(rule.unless ?? []) }));
  return c;
}

function scoreRule(rule: DetectionRule, snap: NormalizedSnapshot): number {
  const { headings: phrases, labels, unless } = phrasesOf(rule);
  const { joined } = snap;
  if (unless.some((p) => joined.labels.includes(` ${p} `) || joined.headings.includes(` ${p} `))) return 0;
  const found = (text: string) => phrases.filter((p) => text.includes(` ${p} `));
  const inHeadings = found(joined.headings);
  let score = inHeadings.length ? HEADING_POINTS[bestNaming(snap.headings, inHeadings)]! : 0;
  const inCurrent = rule.step ? found(joined.current) : [];
  if (inCurrent.length && bestNaming(snap.current, inCurrent) > 1) score += W_CURRENT;
  if (rule.route && snap.routes.some((r) => rule.route!.test(r))) score += W_PATH;
  if (found(joined.title).length) score += W_TITLE;
  const labelHits = labels.filter((p) => joined.labels.includes(` ${p} `)).length;
  score += Math.min(labelHits * W_LABEL, MAX_LABEL_POINTS);
  if (!rule.step && snap.questions.length > 1) score += W_FAQ;
  return score;
}

/**
 * Pure: which step does this page show? The best step wins only with enough evidence and a clear margin over
 * every other candidate, including "not a step"; otherwise `step` is null ("I can't tell which step this is").
 * A wrong claim is worse than none.
 */
export function detectStep(snapshot: PageSnapshot, rules: readonly DetectionRule[]): Detection {
  const site = siteOfHost(snapshot.host);
  if (!site) return { site: null, step: null, score: 0, runnerUp: 0 };
  const snap = normalizeSnapshot(snapshot);
  const scores = new Map<StepId | null, number>();
  for (const rule of rules) {
    if (!rule.site || rule.site === site) scores.set(rule.step, Math.max(scores.get(rule.step) ?? 0, scoreRule(rule, snap)));
  }
  let step: StepId | null = null;
  let score = 0;
  let runnerUp = 0;
  for (const [candidate, s] of scores) {
    if (s > score) [step, score, runnerUp] = [candidate, s, score];
    else runnerUp = Math.max(runnerUp, s);
  }
  if (score < MIN_SCORE || score - runnerUp < MIN_MARGIN) step = null;
  return { site, step, score, runnerUp };
}
