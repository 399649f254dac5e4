import { describe, expect, it } from 'vitest';
import { CONTACTS } from '@/components/contacts';
import { STEPS } from '@/utils/steps/catalogue';
import { SOURCES } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { StepId } from '@/utils/steps/ids';
import { TRACKS } from '@/utils/tracks/data';

/**
 * Each fact the guide was corrected on, or gained, after reading it against its public sources: the fact is
 * there, cited by the source that holds it, and the wrong wording it replaced is gone everywhere.
 */

interface Claim {
  step: StepId;
  text: string;
  cite: readonly SourceId[];
}

const CLAIMS: Claim[] = STEPS.flatMap((s) => [
  ...s.guidance.map((g) => ({ step: s.id, text: g.text, cite: g.cite })),
  ...s.problems.map((p) => ({ step: s.id, text: `${p.problem} ${p.fix}`, cite: p.cite })),
]);

/** Every sentence a user can read: step content, track titles, intros and notes, contacts. */
const ALL_TEXT: string[] = [
  ...STEPS.flatMap((s) => [s.title, s.summary, ...s.haveReady, ...s.checklist.map((i) => i.label)]),
  ...CLAIMS.map((c) => c.text),
  ...TRACKS.flatMap((t) => [t.title, t.who, t.intro, ...Object.values(t.notes ?? {})]),
  ...Object.values(CONTACTS).flatMap((c) => [c.name, c.detail]),
];

/** The claims of a step matching a pattern: at least one must exist. */
function claimsOf(step: StepId, pattern: RegExp): Claim[] {
  const found = CLAIMS.filter((c) => c.step === step && pattern.test(c.text));
  expect(found, `${step}: no claim matches ${pattern}`).not.toEqual([]);
  return found;
}

const citesAll = (claims: Claim[], ...ids: SourceId[]) => {
  for (const c of claims) expect(c.cite, c.text).toEqual(expect.arrayContaining(ids));
};
const nowhere = (pattern: RegExp) => {
  for (const text of ALL_TEXT) expect(text).not.toMatch(pattern);
};

describe('corrections', () => {
  it('a personal email needs both conditions: 2 or fewer providers and no company email domain (Missouri DHSS 16002)', () => {
    for (const step of ['prepare', 'harp-profile'] as const) citesAll(claimsOf(step, /2 or fewer providers.*no company email domain/), 'mo-16002');
    // Wherever a personal email is mentioned, both conditions come with it.
    for (const text of ALL_TEXT.filter((t) => /personal email/i.test(t))) expect(text).toMatch(/2 or fewer providers.*no company email domain/);
  });

  it('a failed identity check leads to "Initiate Manual Proofing" with copies of documents, not a help-desk call', () => {
    const failed = claimsOf('harp-identity', /unable to verify/);
    expect(failed[0]!.text).toMatch(/Initiate Manual Proofing/);
    citesAll(claimsOf('harp-identity', /Initiate Manual Proofing.*copies of your documents/), 'qsep-faq');
    nowhere(/contact the QualityNet Help Desk about manual/i);
    nowhere(/HARP then offers manual identity proofing/);
  });

  it('the two-factor code is a "Security Code" (QualityNet), never a made-up name', () => {
    citesAll(claimsOf('harp-two-factor', /"Security Code"/), 'qnet-harp-security-code');
    expect(claimsOf('harp-two-factor', /"Add a Device to Receive a Security Code"/)).toHaveLength(1);
    nowhere(/sign-in code|two-factor code|verification code/i);
  });

  it('the 24-hour status delay cites Missouri DHSS 16002, not 15761, and is dated 2023', () => {
    const claims = CLAIMS.filter((c) => /24 hours/.test(c.text));
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) {
      expect(c.cite, c.text).toContain('mo-16002');
      expect(c.cite, c.text).not.toContain('mo-15761');
    }
    nowhere(/at busy times/);
  });

  it('the browser advice and the iQIES wizard labels cite the Michigan LARA and Kentucky CHFS pages', () => {
    for (const c of CLAIMS.filter((c) => /Chrome or Edge/.test(c.text))) citesAll([c], 'ky-chfs-epoc', 'mi-lara-epoc');
    for (const c of CLAIMS.filter((c) => /"(Request User Role|Select a User Category|Select a User Role)"/.test(c.text))) {
      expect(c.cite.some((id) => SOURCES[id].kind === 'state-agency'), c.text).toBe(true);
    }
    nowhere(/CMS recommends the latest Chrome|as CMS recommends\./);
    expect(SOURCES['mi-lara-epoc'].kind).toBe('state-agency');
    expect(SOURCES['ky-chfs-epoc'].kind).toBe('state-agency');
  });

  it('change of ownership cites the trade association (AAPACN) and says so', () => {
    const claims = claimsOf('change-of-ownership', /CCN/);
    citesAll(claims, 'aapacn-chow');
    expect(SOURCES['aapacn-chow'].kind).toBe('trade-association');
    claimsOf('change-of-ownership', /trade association/);
    nowhere(/State-agency guidance: if the CCN/);
  });

  it('one request per facility CCN cites the Maine Health Care Association and says it is a trade association', () => {
    citesAll(claimsOf('vendor-each-facility', /trade association.*each facility's CCN/), 'mehca-pbj', 'mo-15761');
    expect(SOURCES['mehca-pbj'].kind).toBe('trade-association');
    expect(TRACKS.find((t) => t.id === 'vendor')!.intro).toMatch(/trade association/);
    nowhere(/State-agency guidance says vendors/);
  });

  it('hedges what the sources only imply, and drops what they do not say', () => {
    // Re-approval after the 60-day revocation: CMS says only "re-request your user role(s)".
    citesAll(claimsOf('roles-revoked', /"re-request your user role\(s\)".*most likely a PSO/), 'qtso-inactive-policy');
    nowhere(/(?<!likely )\b(a|your) PSO approves them again/);
    nowhere(/your PSO approves them again/);
    // The same wizard for every role is inferred from the ePOC instructions.
    claimsOf('iqies-welcome', /most likely use the same screens/);
    nowhere(/same request wizard is used for every/);
    // "or consultant" is not in the source; credit wording is third-party only.
    nowhere(/consultant/i);
    nowhere(/credit (score|history)/i);
    expect(TRACKS.find((t) => t.id === 'vendor')!.title).toBe('Vendor');
  });
});

describe('additions', () => {
  it('the manual-proofing path: what CMS publishes and what it does not', () => {
    const text = claimsOf('harp-identity', /manual proofing/i).map((c) => c.text).join(' ');
    for (const fact of [/Initiate Manual Proofing/, /copies of (your )?documents/, /last 4 digits/, /"may take additional time"/, /not published/i]) expect(text).toMatch(fact);
  });

  it('HARP registration takes "anywhere from 5 to 15 minutes" (CMS, 2020)', () => {
    citesAll(claimsOf('harp-profile', /"anywhere from 5 to 15 minutes"/), 'mat-harp');
    citesAll(claimsOf('prepare', /"anywhere from 5 to 15 minutes"/), 'mat-harp');
  });

  it('a forgotten EIDM login: the iQIES Service Center first, the QualityNet Help Desk also named', () => {
    const [claim] = claimsOf('harp-profile', /forgot my old EIDM login/);
    expect(claim!.text.indexOf('iQIES Service Center')).toBeGreaterThan(-1);
    expect(claim!.text.indexOf('iQIES Service Center')).toBeLessThan(claim!.text.indexOf('QualityNet Help Desk'));
    citesAll([claim!], 'qtso-harp-registration', 'ky-chfs-epoc', 'mi-lara-epoc');
    nowhere(/If you forgot that login, contact the QualityNet Help Desk/);
  });

  it('no limit on the number of PSOs, and a sole PSO approves every request', () => {
    citesAll(claimsOf('pso-backup', /no limit/), 'qtso-security-official-2019');
    citesAll(claimsOf('pso-backup', /sole PSO must approve every request/), 'qtso-security-official-2019');
    citesAll(claimsOf('iqies-manage-requests', /sole PSO must approve every request.*no limit/), 'qtso-security-official-2019');
  });

  it('the 60-day rule: regular audits, HARP stays active, CCSQ Support Central', () => {
    citesAll(claimsOf('stay-active', /"on a regular basis".*some time after day 60.*HARP account stays active/), 'qtso-inactive-policy');
    citesAll(claimsOf('stay-active', /CCSQ Support Central.*tickets/), 'qtso-inactive-policy');
    citesAll(claimsOf('stay-active', /repeated the rule in 2026/), 'qtso-pbj-notice');
  });

  it("change of ownership in the RAI User's Manual's words", () => {
    const text = claimsOf('change-of-ownership', /RAI User's Manual|same report/).map((c) => c.text).join(' ');
    expect(text).toMatch(/"continue to use the same … user IDs"/);
    expect(text).toMatch(/"reapply for a Provider Security Official under the new CCN"/);
    expect(text).toMatch(/admission \(entry\) assessments/);
    // That CMS approves a new-CCN PSO like a first PSO is inferred: said as not published.
    claimsOf('change-of-ownership', /like a first PSO, is not published/);
  });

  it('says "not published" and whom to ask where nothing is published', () => {
    expect(CONTACTS['iqies-service-center'].detail).toMatch(/hours not published/);
    expect(CONTACTS['qualitynet-help-desk'].detail).toMatch(/hours not published/);
    const waiting = claimsOf('iqies-request-submitted', /Not published/).map((c) => c.text).join(' ');
    for (const gap of [/first PSO/, /status labels/, /rejection email/, /iQIES Service Center/]) expect(waiting).toMatch(gap);
    claimsOf('harp-sign-in', /not published.*QualityNet Help Desk/);
    claimsOf('iqies-manage-requests', /approval screens in iQIES are not published/);
    expect(TRACKS.find((t) => t.id === 'first-pso')!.notes!['iqies-request-submitted']).toMatch(/does not publish how long/);
  });

  it('labels the weak links as possibly outdated, saying why', () => {
    for (const id of ['iqies-training-video', 'harp-video'] as const) {
      const s = SOURCES[id];
      expect(s.outdated, id).toBe(true);
      expect(s.note, id).toMatch(/2019|older|harp\.qualitynet\.org/);
    }
    claimsOf('harp-profile', /made for the older HARP site/);
  });
});

describe('fact-check of the rewrite (each claim cites a source that holds it, dated facts say so)', () => {
  it('dates the "5 to 15 minutes" (a 2020 notice) and the "no limit on PSOs" (a 2019 guide)', () => {
    const minutes = CLAIMS.filter((c) => /5 to 15 minutes/.test(c.text));
    expect(minutes.length).toBeGreaterThan(1);
    for (const c of minutes) expect(c.text).toMatch(/2020 CMS notice/);
    nowhere(/CMS says registration takes/);
    const noLimit = CLAIMS.filter((c) => /no limit/.test(c.text));
    expect(noLimit.length).toBeGreaterThan(2);
    for (const c of noLimit) {
      expect(c.text).toMatch(/2019 CMS guide/);
      expect(c.cite, c.text).toContain('qtso-security-official-2019');
    }
  });

  it('says what the Missouri notice says about two PSOs: more likely someone can approve, not "never stop"', () => {
    nowhere(/approvals never stop/);
    expect(STEPS.find((s) => s.id === 'pso-backup')!.summary).toMatch(/more likely/);
  });

  it('cites Missouri DHSS 15761 for the permanent User ID without facility names, # or &', () => {
    citesAll(claimsOf('harp-account', /User ID is permanent.*facility names.*# and &/), 'mo-15761');
    citesAll(claimsOf('harp-account', /regret my User ID/), 'mo-15761');
  });

  it('cites the QTSO registration page (CMS) for "email already exists" and for Experian', () => {
    citesAll(claimsOf('harp-profile', /email already exists/i), 'qtso-harp-registration');
    const experian = claimsOf('harp-identity', /Experian/);
    citesAll(experian, 'qtso-harp-registration');
    for (const c of experian) expect(c.cite).not.toContain('mat-harp');
  });

  it('cites the HARP login page, not the 2019 approvals guide, for the login wording', () => {
    const [login] = claimsOf('harp-sign-in', /"Login".*"Sign Up"/);
    expect(login!.cite).toEqual(expect.arrayContaining(['harp-login', 'qnet-harp']));
    expect(login!.cite).not.toContain('qtso-security-official-2019');
    expect(SOURCES['harp-login'].url).toBe('https://harp.cms.gov/login/login');
  });

  it('never cites a CMS page for what the guide itself does', () => {
    for (const c of CLAIMS) expect(c.text).not.toMatch(/This guide reads/);
    expect(STEPS.find((s) => s.id === 'harp-identity')!.summary).toMatch(/This guide reads only the headings/);
  });

  it('links the Michigan LARA ePOC page itself, and invents nothing about the MAT notice', () => {
    expect(SOURCES['mi-lara-epoc'].url).toMatch(/^https:\/\/www\.michigan\.gov\/lara\/.+electronic-plan-of-corrections$/);
    expect(SOURCES['mi-lara-epoc']).not.toHaveProperty('note');
    expect(SOURCES['mat-harp'].note).not.toMatch(/qualitynet/);
  });

  it('cites the 60-day notice (which gives the address and number) for the iQIES Service Center too', () => {
    expect(CONTACTS['iqies-service-center'].cite).toEqual(expect.arrayContaining(['qtso-harp-registration', 'qtso-inactive-policy']));
  });
});

describe('fact-check of the rewrite (inferred and third-party facts hedged or attributed)', () => {
  it('hedges the provider screen after "Select a User Role": instructions stop there', () => {
    const next = STEPS.find((s) => s.id === 'iqies-user-role')!.guidance.find((g) => g.kind === 'next')!;
    expect(next.text).toMatch(/Published instructions stop at this screen.*Most likely/);
    nowhere(/^Choose your provider \(facility\) and submit the request\.$/);
  });

  it('attributes the vendor-per-CCN rule to the trade association in the step summary too, and keeps the title neutral', () => {
    const vendor = STEPS.find((s) => s.id === 'vendor-each-facility')!;
    expect(vendor.summary).toMatch(/^A trade association says/);
    expect(vendor.title).not.toMatch(/one request per facility/);
  });

  it('names only "SMS" as CMS wording for two-factor devices; other device types are attributed', () => {
    const step = STEPS.find((s) => s.id === 'harp-two-factor')!;
    expect(step.summary).not.toMatch(/voice call|authenticator/);
    expect(step.haveReady.join(' ')).toMatch(/if the page offers one/);
    claimsOf('harp-two-factor', /Guides outside CMS also mention voice calls and authenticator apps/);
    nowhere(/Device types usually include/);
  });

  it('change of ownership, same CCN: the consequence is the report\'s, not stated as fact', () => {
    claimsOf('change-of-ownership', /By that answer, nothing needs to be set up again/);
    nowhere(/Nothing changes for iQIES access/);
  });

  it('no SSN: points to "Initiate Manual Proofing", and a help-desk call is optional, never a precondition', () => {
    const [ssn] = claimsOf('harp-profile', /do not want to give my SSN/);
    expect(ssn!.text).toMatch(/"Initiate Manual Proofing".*copies of your documents.*"may take additional time".*last 4 digits.*not published/);
    citesAll([ssn!], 'qsep-faq');
    nowhere(/Help Desk[^.]*before you (start|send anything)/);
  });

  it('the 60-day audits: removal may come later, with no promise that a reminder interval "is enough"', () => {
    nowhere(/not on the day itself/);
    nowhere(/is enough/);
    claimsOf('stay-active', /sign in to iQIES regularly/);
  });

  it('PBJ in iQIES is what CMS announced (launch not verified)', () => {
    claimsOf('iqies-user-role', /CMS announced that Payroll-Based Journal \(PBJ\) staffing data would move to iQIES in August 2026/);
    nowhere(/PBJ\) staffing data moves to iQIES/);
  });
});

describe('fact-check of the rewrite (what the guide does not know about a link, it says)', () => {
  it('the YouTube video: its publisher is not on record, so the guide does not claim one', () => {
    expect(SOURCES['harp-video'].note).toMatch(/who made it is not on record/);
    expect(SOURCES['harp-video'].title).not.toMatch(/CMS/);
  });
});
