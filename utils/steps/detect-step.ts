import type { SiteId } from '../sites';
import { siteOfHost } from '../sites';
import type { StepId } from './ids';
import { containsPhrase, normalizeText } from './normalize';

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

/** A detection rule lives beside its step in the catalogue. Phrases are written naturally; they are normalised. */
export interface DetectionRule {
  step: StepId;
  site: SiteId;
  /** Path prefixes (lower case), matched against the pathname and a hash route. */
  paths?: string[];
  /** Phrases a heading or the current progress item says on this step. */
  headings: string[];
  /** Supporting phrases from labels and button text. */
  labels?: string[];
}

export interface Detection {
  site: SiteId | null;
  step: StepId | null;
  score: number;
  runnerUp: number;
}

const W_HEADING_EXACT = 5;
const W_HEADING = 4;
const W_CURRENT = 4;
const W_PATH = 4;
const W_TITLE = 1;
const W_LABEL = 1;
const MAX_LABEL_POINTS = 2;
export const MIN_SCORE = 4;
export const MIN_MARGIN = 2;

function pathMatches(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || path === `${prefix}/`;
}

function routeOf(snapshot: PageSnapshot): string[] {
  const routes = [snapshot.path.toLowerCase()];
  const hash = snapshot.hash.replace(/^#!?/, '');
  if (hash.startsWith('/')) routes.push(hash.split('?')[0]!.toLowerCase());
  return routes;
}

export function scoreRule(rule: DetectionRule, snap: NormalizedSnapshot): number {
  let score = 0;
  const phrases = rule.headings.map(normalizeText);
  let headingPoints = 0;
  for (const heading of snap.headings) {
    for (const phrase of phrases) {
      if (heading === phrase) headingPoints = Math.max(headingPoints, W_HEADING_EXACT);
      else if (containsPhrase(heading, phrase)) headingPoints = Math.max(headingPoints, W_HEADING);
    }
  }
  score += headingPoints;
  if (snap.current.some((c) => phrases.some((p) => containsPhrase(c, p)))) score += W_CURRENT;
  if (rule.paths?.some((prefix) => snap.routes.some((r) => pathMatches(prefix, r)))) score += W_PATH;
  if (phrases.some((p) => containsPhrase(snap.title, p))) score += W_TITLE;
  const labelPhrases = (rule.labels ?? []).map(normalizeText);
  const labelHits = labelPhrases.filter((p) => snap.labels.some((l) => containsPhrase(l, p))).length;
  score += Math.min(labelHits * W_LABEL, MAX_LABEL_POINTS);
  return score;
}

export interface NormalizedSnapshot {
  routes: string[];
  title: string;
  headings: string[];
  current: string[];
  labels: string[];
}

export function normalizeSnapshot(snapshot: PageSnapshot): NormalizedSnapshot {
  return {
    routes: routeOf(snapshot),
    title: normalizeText(snapshot.title),
    headings: snapshot.headings.map(normalizeText).filter(Boolean),
    current: snapshot.current.map(normalizeText).filter(Boolean),
    labels: [...snapshot.labels, ...snapshot.buttons].map(normalizeText).filter(Boolean),
  };
}

/**
 * Pure: which step does this page show? The best rule wins only with enough evidence and a clear margin over
 * the runner-up; otherwise `step` is null ("I can't tell which step this is"). A wrong claim is worse than none.
 */
export function detectStep(snapshot: PageSnapshot, rules: readonly DetectionRule[]): Detection {
  const site = siteOfHost(snapshot.host);
  if (!site) return { site: null, step: null, score: 0, runnerUp: 0 };
  const snap = normalizeSnapshot(snapshot);
  let best: { step: StepId; score: number } | null = null;
  let runnerUp = 0;
  for (const rule of rules) {
    if (rule.site !== site) continue;
    const score = scoreRule(rule, snap);
    if (!best || score > best.score) {
      if (best) runnerUp = Math.max(runnerUp, best.score);
      best = { step: rule.step, score };
    } else {
      runnerUp = Math.max(runnerUp, score);
    }
  }
  if (!best || best.score < MIN_SCORE || best.score - runnerUp < MIN_MARGIN) {
    return { site, step: null, score: best?.score ?? 0, runnerUp };
  }
  return { site, step: best.step, score: best.score, runnerUp };
}
