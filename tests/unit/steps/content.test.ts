import { describe, expect, it } from 'vitest';
import { PRACTICE_PAGES } from '../../fixtures/pages';
import { STEPS } from '@/utils/steps/catalogue';
import { CONTACTS } from '@/components/contacts';
import type { Contact } from '@/components/contacts';
import { HELP_LINKS, SOURCES } from '@/utils/steps/catalogue/sources';
import type { Citation, Step } from '@/utils/steps/schema';
import { STEP_IDS } from '@/utils/steps/ids';
import { RULES } from '@/utils/steps/rules';
import { CONTACT_IDS, SOURCE_KINDS, SourceSchema, StepSchema } from '@/utils/steps/schema';
import { TRACKS } from '@/utils/tracks/data';
import { TRACK_IDS, TrackSchema } from '@/utils/tracks/schema';

/** The product's public contract: these step ids must exist, each on this site. */
const CONTRACT: Record<string, 'harp' | 'iqies' | 'none'> = {
  prepare: 'none',
  'harp-profile': 'harp',
  'harp-account': 'harp',
  'harp-identity': 'harp',
  'harp-confirmation': 'harp',
  'harp-sign-in': 'harp',
  'harp-two-factor': 'harp',
  'iqies-sign-in': 'iqies',
  'iqies-welcome': 'iqies',
  'iqies-user-category': 'iqies',
  'iqies-user-role': 'iqies',
  'iqies-provider': 'iqies',
  'iqies-request-submitted': 'iqies',
  'access-approved': 'none',
  'iqies-manage-requests': 'iqies',
  'iqies-upload-mds': 'iqies',
  'stay-active': 'none',
};

/** Hosts off .gov that are still CMS's own (its self-service portal). */
const CMS_HOSTS_OFF_GOV = new Set(['cmsqualitysupport.servicenowservices.com']);
/** Pages off CMS's hosts that CMS's own pages publish as theirs (the HARP tutorial video its HARP page links). */
const CMS_URLS_OFF_GOV = new Set(['https://www.youtube.com/watch?v=G1zj8JqxWg4']);

interface Catalogue {
  steps: readonly Step[];
  sources: Readonly<Record<string, unknown>>;
  contacts: Readonly<Record<string, Pick<Contact, 'cite'>>>;
}

/**
 * Everything wrong with the citations of a catalogue, as readable messages (empty when all is well): a claim
 * (guidance block, "what happens next", problem, contact) without a source, a cited id that does not exist, a
 * citation without the source's words (or with words from a page marked unavailable), a source never cited (only
 * the help links and pages we could not open may go uncited), a source without a valid kind or checked date, a CMS
 * kind on a host that is not CMS's.
 */
export function citationProblems({ steps, sources, contacts }: Catalogue): string[] {
  const out: string[] = [];
  const cited = new Set<string>();
  type Entry = [string, readonly Citation[] | undefined];
  const claims: Entry[] = [
    ...steps.flatMap((s) => [
      ...s.guidance.map((g, i): Entry => [`${s.id} guidance ${i} (${g.kind})`, g.cite]),
      ...s.problems.map((p): Entry => [`${s.id} problem "${p.problem}"`, p.cite]),
    ]),
    ...Object.entries(contacts).map(([id, c]): Entry => [`contact ${id}`, c.cite]),
  ];
  for (const [where, cites] of claims) {
    if (!cites?.length) out.push(`${where} cites no source`);
    for (const { source: id, says } of cites ?? []) {
      if (!Object.hasOwn(sources, id)) {
        out.push(`${where} cites unknown source "${id}"`);
        continue;
      }
      const unavailable = (sources[id] as { unavailable?: boolean }).unavailable === true;
      if (!unavailable && !says.trim()) out.push(`${where} cites ${id} without its words`);
      if (unavailable && says) out.push(`${where} quotes ${id}, a page marked unavailable`);
      cited.add(id);
    }
  }
  for (const [id, raw] of Object.entries(sources)) {
    const parsed = SourceSchema.safeParse(raw);
    if (!parsed.success) {
      out.push(`source ${id} is invalid: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      continue;
    }
    const source = parsed.data;
    if (Number.isNaN(Date.parse(source.checkedOn))) out.push(`source ${id} has no real checked date`);
    const host = new URL(source.url).hostname;
    if (source.kind === 'cms' && !host.endsWith('.cms.gov') && !CMS_HOSTS_OFF_GOV.has(host) && !CMS_URLS_OFF_GOV.has(source.url)) out.push(`source ${id} is not on a CMS host`);
    if (!cited.has(id) && !source.unavailable && !HELP_LINKS.includes(id as never)) out.push(`source ${id} is never cited`);
  }
  return out;
}

function allText(): string[] {
  return STEPS.flatMap((s) => [
    s.title,
    s.summary,
    ...s.haveReady,
    ...s.checklist.map((i) => i.label),
    ...s.guidance.map((g) => g.text),
    ...s.problems.flatMap((p) => [p.problem, p.fix]),
  ]).concat(TRACKS.flatMap((t) => [t.title, t.who, t.intro, ...Object.values(t.notes ?? {})]));
}

describe('content meta-test', () => {
  it('has every contracted step id, on its site', () => {
    for (const [id, site] of Object.entries(CONTRACT)) {
      expect(STEPS.find((s) => s.id === id)?.site, id).toBe(site);
    }
  });

  it('has unique step ids, and every id in STEP_IDS has content', () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(STEP_IDS));
  });

  it('has at least one unique checklist item per step', () => {
    for (const step of STEPS) {
      expect(step.checklist.length, step.id).toBeGreaterThan(0);
      const ids = step.checklist.map((i) => i.id);
      expect(new Set(ids).size, step.id).toBe(ids.length);
    }
  });

  it('cites a known source for every claim, and cites every source, each with a kind and a checked date', () => {
    expect(citationProblems({ steps: STEPS, sources: SOURCES, contacts: CONTACTS })).toEqual([]);
    for (const step of STEPS) expect(StepSchema.safeParse(step).success, step.id).toBe(true);
    expect(new Set(Object.values(SOURCES).map((s) => s.kind))).toEqual(new Set(SOURCE_KINDS));
  });

  it('would fail on a claim without a source, an unknown or uncited source, and a source without kind or date', () => {
    const step = STEPS.find((s) => s.id === 'harp-profile')!;
    const broken: Step = {
      ...step,
      guidance: [{ ...step.guidance[0]!, cite: [] }, { kind: 'next', text: 'Next: somewhere.', cite: [] }, ...step.guidance.slice(1)],
      problems: [
        { ...step.problems[0]!, cite: [{ source: 'no-such-source' as never, says: 'Words.' }] },
        { ...step.problems[1]!, cite: [{ source: 'mo-16002', says: ' ' }, { source: 'tx-hhs-chow', says: 'Words we never read.' }] },
        ...step.problems.slice(2),
      ],
    };
    const { kind: _kind, ...noKind } = SOURCES['qsep-faq'];
    const { checkedOn: _date, ...noDate } = SOURCES['mo-16002'];
    const sources = {
      ...SOURCES,
      'qsep-faq': noKind,
      'mo-16002': noDate,
      'never-cited': { ...SOURCES['harp-help'], short: 'Nobody cites me' },
      'fake-cms': { ...SOURCES['harp-help'], url: 'https://example.org/' },
    };
    const contacts = { ...CONTACTS, 'your-pso': { cite: [] } };
    const problems = citationProblems({ steps: STEPS.map((s) => (s.id === step.id ? broken : s)), sources, contacts });
    expect(problems).toEqual(
      expect.arrayContaining([
        'harp-profile guidance 0 (text) cites no source',
        'harp-profile guidance 1 (next) cites no source',
        `harp-profile problem "${step.problems[0]!.problem}" cites unknown source "no-such-source"`,
        `harp-profile problem "${step.problems[1]!.problem}" cites mo-16002 without its words`,
        `harp-profile problem "${step.problems[1]!.problem}" quotes tx-hhs-chow, a page marked unavailable`,
        'contact your-pso cites no source',
        'source qsep-faq is invalid: kind',
        'source mo-16002 is invalid: checkedOn',
        'source never-cited is never cited',
        'source fake-cms is not on a CMS host',
      ]),
    );
    // The schema refuses the same claims on its own.
    expect(StepSchema.safeParse(broken).success).toBe(false);
  });

  it('gives every HARP/iQIES step a detection rule and a practice page that detects it', () => {
    for (const step of STEPS.filter((s) => s.site !== 'none')) {
      expect(RULES.some((r) => r.step === step.id), `${step.id} has no rule`).toBe(true);
      expect(PRACTICE_PAGES.some((p) => p.expected === step.id), `${step.id} has no practice page`).toBe(true);
    }
  });

  it('names only known contacts, and every contact is used', () => {
    const used = new Set(STEPS.flatMap((s) => s.contacts));
    for (const id of CONTACT_IDS) {
      expect(CONTACTS[id], id).toBeDefined();
      expect(used.has(id), `${id} is never offered`).toBe(true);
    }
  });
});

describe('tracks', () => {
  it('validate against the schema, with unique ids covering every track id', () => {
    for (const track of TRACKS) expect(TrackSchema.safeParse(track).success, track.id).toBe(true);
    expect(TRACKS.map((t) => t.id)).toEqual([...TRACK_IDS]);
  });

  it('reference only existing steps, each once per track, and notes only for their own steps', () => {
    const known = new Set(STEPS.map((s) => s.id));
    for (const track of TRACKS) {
      for (const id of track.steps) expect(known.has(id), `${track.id} → ${id}`).toBe(true);
      expect(new Set(track.steps).size, track.id).toBe(track.steps.length);
      for (const id of Object.keys(track.notes ?? {})) {
        expect(track.steps as string[], `${track.id} note for ${id}`).toContain(id);
      }
    }
  });

  it('put every step in at least one track', () => {
    const inTracks = new Set(TRACKS.flatMap((t) => t.steps));
    for (const step of STEPS) expect(inTracks.has(step.id), `${step.id} is in no track`).toBe(true);
  });

  it('keep the approval rules straight', () => {
    const byId = Object.fromEntries(TRACKS.map((t) => [t.id, t]));
    expect(byId['first-pso']!.intro).toMatch(/CMS/);
    expect(byId['additional-pso']!.intro).toMatch(/existing PSO/);
    expect(byId['additional-pso']!.intro).toMatch(/at least two/);
    expect(byId.vendor!.intro).toMatch(/each facility/);
    expect(byId.vendor!.intro).toMatch(/never be Provider Security Officials/);
    expect(byId['restore-access']!.intro).toMatch(/60 days/);
    expect(byId['pso-duties']!.steps).toEqual(expect.arrayContaining(['iqies-manage-requests', 'pso-backup', 'change-of-ownership', 'stay-active']));
  });
});

describe('honest guidance', () => {
  /** The problems users hit most: each appears on the step where it happens. */
  const PROBLEMS: [string, RegExp][] = [
    ['harp-identity', /unable to verify/i],
    ['harp-profile', /email already exists/i],
    ['harp-account', /can(not|never) be changed/i],
    ['prepare', /no PSO yet/i],
    ['iqies-request-submitted', /no PSO yet/i],
    ['pso-backup', /only PSO/i],
    ['iqies-request-submitted', /status not updating/i],
    ['stay-active', /roles vanished/i],
    ['iqies-welcome', /60 days/i],
    ['iqies-sign-in', /Chrome or Edge/i],
    ['harp-sign-in', /lost password/i],
    ['iqies-request-submitted', /approval email/i],
    ['access-approved', /approval email/i],
    ['vendor-each-facility', /each facility/i],
    ['change-of-ownership', /CCN/],
  ];
  it.each(PROBLEMS)('%s covers %s', (id, pattern) => {
    const step = STEPS.find((s) => s.id === id)!;
    const text = [...step.problems.flatMap((p) => [p.problem, p.fix]), ...step.guidance.map((g) => g.text), ...step.checklist.map((i) => i.label)].join(' ');
    expect(text).toMatch(pattern);
  });

  it('states no password rule: no current CMS page we read lists one, so the page is the authority', () => {
    const account = STEPS.find((s) => s.id === 'harp-account')!;
    const text = [...account.guidance.map((g) => g.text), ...account.problems.map((p) => p.fix)].join(' ');
    for (const t of allText()) expect(t).not.toMatch(/12 characters|!@#\$%\^&\*/);
    expect(text).toMatch(/We found no current CMS page that lists the rules, so trust the page/);
  });

  it('hedges the undocumented provider and approval screens', () => {
    const text = (id: string) => STEPS.find((s) => s.id === id)!.guidance.map((g) => g.text).join(' ');
    expect(text('iqies-provider')).toMatch(/not documented|most likely/);
    expect(text('iqies-manage-requests')).toMatch(/probably|not found/);
  });

  it('invents no MDS role names and points to the User Roles Matrix', () => {
    const roleish = /\b(MDS (Submitter|Coordinator|Viewer|Reader|Uploader|User)|Provider (Submitter|Viewer|Reader))\b/;
    for (const text of allText()) expect(text).not.toMatch(roleish);
    // Every capitalised "… role" names a role confirmed by CMS or a state agency (PSO: Missouri DHSS 15761;
    // Provider ePOC Administrator: Kentucky CHFS ePOC page).
    // PBJ roles: the QTSO 2026 PBJ notice ("register for PBJ roles in iQIES").
    const CONFIRMED = new Set(['Provider Security Official', 'PSO', 'Provider ePOC Administrator', 'PBJ', 'MDS', 'My', 'The', 'Your']);
    for (const text of allText()) {
      for (const m of text.matchAll(/\b((?:[A-Z][\w-]*\s)*[A-Z][\w-]*) roles?\b/g)) expect(CONFIRMED, text).toContain(m[1]);
    }
    const role = STEPS.find((s) => s.id === 'iqies-user-role')!;
    expect(role.guidance.map((g) => g.text).join(' ')).toMatch(/User Roles Matrix/);
  });
});
