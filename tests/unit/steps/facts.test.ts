import { describe, expect, it } from 'vitest';
import { CONTACTS } from '@/components/contacts';
import { STEPS } from '@/utils/steps/catalogue';
import { SOURCES } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { StepId } from '@/utils/steps/ids';
import type { Citation } from '@/utils/steps/schema';
import { TRACKS } from '@/utils/tracks/data';

/**
 * Each fact the guide was corrected on, or gained, after reading it against its public sources: the fact is
 * there, cited by the source that holds it, and the wrong wording it replaced is gone everywhere.
 */

interface Claim {
  step: StepId;
  text: string;
  /** The ids of the sources cited. */
  cite: readonly SourceId[];
  /** What each cited source says, joined: the words the claim rests on. */
  words: string;
}

const claim = (step: StepId, text: string, cites: readonly Citation[]): Claim => ({
  step,
  text,
  cite: cites.map((c) => c.source),
  words: cites.map((c) => c.says).join(' | '),
});
const CLAIMS: Claim[] = STEPS.flatMap((s) => [
  ...s.guidance.map((g) => claim(s.id, g.text, g.cite)),
  ...s.problems.map((p) => claim(s.id, `${p.problem} ${p.fix}`, p.cite)),
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
    citesAll(claimsOf('harp-identity', /"Initiate Manual Proofing" link and copies of documents/), 'qsep-faq');
    nowhere(/contact the QualityNet Help Desk about manual/i);
    nowhere(/HARP then offers manual identity proofing/);
  });

  it('the two-factor code is a "Security Code" (QualityNet), never a made-up name', () => {
    for (const c of claimsOf('harp-two-factor', /"Security Code"/)) {
      citesAll([c], 'qnet-harp-security-code');
      expect(c.words).toContain('Security Code');
    }
    // A screen title we hold no words for is not quoted as CMS's.
    nowhere(/"Add a Device to Receive a Security Code"/);
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
    for (const fact of [/Initiate Manual Proofing/, /copies of (your )?documents/, /last 4 digits/, /"may take additional time"/, /we found no published/i]) expect(text).toMatch(fact);
  });

  it('HARP registration takes "anywhere from 5 to 15 minutes" (CMS, 2020)', () => {
    citesAll(claimsOf('harp-profile', /"anywhere from 5 to 15 minutes"/), 'mat-harp');
    citesAll(claimsOf('prepare', /"anywhere from 5 to 15 minutes"/), 'mat-harp');
  });

  it('a forgotten EIDM login: the QualityNet Help Desk, as CMS (QTSO 2019, QualityNet) and the state pages say', () => {
    const [forgot] = claimsOf('harp-profile', /forgot my old EIDM login/);
    expect(forgot!.text).toMatch(/QualityNet Help Desk.*1-866-288-8912/);
    expect(forgot!.text).not.toMatch(/iQIES Service Center/);
    citesAll([forgot!], 'qtso-register-2019', 'qnet-eqrs-hub', 'ky-chfs-epoc', 'mi-lara-epoc');
    // The QTSO page about its own website's secure side is not the source for iQIES users.
    expect(forgot!.cite).not.toContain('qtso-harp-registration');
    expect(SOURCES['qtso-harp-registration'].title).not.toMatch(/for iQIES users/);
    expect(SOURCES['qtso-harp-registration'].title).toMatch(/QTSO website's secure side/);
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
    claimsOf('change-of-ownership', /like a first PSO, we found nothing published/);
  });

  it('says "we found no published …" and whom to ask where we found nothing', () => {
    expect(CONTACTS['iqies-service-center'].detail).toMatch(/we found no published hours/);
    // The QualityNet number's hours are on a CMS QSEP page: said, and cited with its words.
    expect(CONTACTS['qualitynet-help-desk'].detail).toMatch(/7:00 AM – 7:00 PM CT, Monday – Friday/);
    expect(CONTACTS['qualitynet-help-desk'].cite.map((c) => c.source)).toContain('qsep-help-faq');
    const waiting = claimsOf('iqies-request-submitted', /We found no published answer/).map((c) => c.text).join(' ');
    for (const gap of [/first PSO/, /status labels/, /rejection email/, /iQIES Service Center/]) expect(waiting).toMatch(gap);
    claimsOf('harp-sign-in', /We found no published lockout rule.*QualityNet Help Desk/);
    claimsOf('iqies-manage-requests', /We found no published description of today's approval screens/);
    expect(TRACKS.find((t) => t.id === 'first-pso')!.notes!['iqies-request-submitted']).toMatch(/We found no published figure for how long/);
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

  it('cites Missouri DHSS for the permanent User ID without facility names or any special characters (# and & are examples)', () => {
    citesAll(claimsOf('harp-account', /User ID is permanent.*facility names.*any special characters, such as # or &/), 'mo-15761', 'mo-16002');
    citesAll(claimsOf('harp-account', /regret my User ID/), 'mo-15761');
    const label = STEPS.find((s) => s.id === 'harp-account')!.checklist.find((i) => i.id === 'no-special-characters')!.label;
    expect(label).toMatch(/no special characters \(such as # or &\)/);
    nowhere(/avoid the characters # and &|no # or &/);
  });

  it('cites the QTSO registration page (CMS) for "email already exists" and for Experian', () => {
    citesAll(claimsOf('harp-profile', /email already exists/i), 'qtso-harp-registration');
    const experian = claimsOf('harp-identity', /Experian/);
    citesAll(experian, 'qtso-harp-registration');
    for (const c of experian) expect(c.cite).not.toContain('mat-harp');
  });

  it('signs in with "Login" as newer CMS text says, and dates the Terms & Conditions wording as 2019–20', () => {
    const [login] = claimsOf('harp-sign-in', /select "Login"/);
    citesAll([login!], 'qnet-eqrs-hub', 'qnet-harp-old');
    expect(login!.words).toContain('Step 3: Select Login.');
    expect(login!.text).toMatch(/Older CMS instructions, from the move from EIDM to HARP, also asked you to acknowledge the Terms & Conditions/);
    expect(SOURCES['qnet-harp-old'].outdated).toBe(true);
    expect(SOURCES['harp-login'].url).toBe('https://harp.cms.gov/login/login');
  });

  it('never cites a CMS page for what the guide itself does', () => {
    for (const c of CLAIMS) expect(c.text).not.toMatch(/This guide reads/);
    expect(STEPS.find((s) => s.id === 'harp-identity')!.summary).toMatch(/This guide reads only the headings/);
  });

  it('links the Michigan LARA ePOC page itself, and invents nothing about the MAT notice', () => {
    expect(SOURCES['mi-lara-epoc'].url).toMatch(/^https:\/\/www\.michigan\.gov\/lara\/.+electronic-plan-of-corrections$/);
    expect(SOURCES['mi-lara-epoc'].note).not.toMatch(/home page/);
    expect(SOURCES['mat-harp'].note).not.toMatch(/qualitynet/);
  });

  it('cites the 60-day notice (which gives the address and number) for the iQIES Service Center too', () => {
    expect(CONTACTS['iqies-service-center'].cite.map((c) => c.source)).toEqual(expect.arrayContaining(['qtso-harp-registration', 'qtso-inactive-policy']));
  });
});

describe('fact-check of the rewrite (inferred and third-party facts hedged or attributed)', () => {
  it('hedges the provider screen after "Select a User Role": instructions stop there', () => {
    const next = STEPS.find((s) => s.id === 'iqies-user-role')!.guidance.find((g) => g.kind === 'next')!;
    expect(next.text).toMatch(/Published instructions stop at "Select a User Role".*Most likely/);
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
    // Voice calls and authenticator apps: only a consultancy's page says so, and the claim names it as outside CMS.
    const [devices] = claimsOf('harp-two-factor', /A consultancy outside CMS lists SMS, voice calls, Google Authenticator, Okta Verify/);
    citesAll([devices!], 'mavin-harp');
    expect(SOURCES['mavin-harp'].kind).toBe('other');
    nowhere(/Device types usually include/);
  });

  it('change of ownership, same CCN: the consequence is the report\'s, not stated as fact', () => {
    claimsOf('change-of-ownership', /By that answer, nothing needs to be set up again/);
    nowhere(/Nothing changes for iQIES access/);
  });

  it('no SSN: points to "Initiate Manual Proofing", and a help-desk call is optional, never a precondition', () => {
    const [ssn] = claimsOf('harp-profile', /do not want to give my SSN/);
    expect(ssn!.text).toMatch(/You do not have to.*manual proofing.*last 4 digits.*may take longer.*We found no published list/);
    citesAll([ssn!], 'qsep-help-faq', 'qnet-harp-security-code');
    nowhere(/Help Desk[^.]*before you (start|send anything)/);
  });

  it('the 60-day audits: removal may come later, with no promise that a reminder interval "is enough"', () => {
    nowhere(/not on the day itself/);
    nowhere(/is enough/);
    claimsOf('stay-active', /sign in to iQIES regularly/);
  });

  it('PBJ in iQIES is what CMS announced (launch not verified)', () => {
    claimsOf('iqies-user-role', /CMS announced that Payroll-Based Journal \(PBJ\) staffing data would move to iQIES on 17 August 2026/);
    nowhere(/PBJ\) staffing data moves to iQIES/);
  });
});

describe('fact-check of the rewrite (what the guide does not know about a link, it says)', () => {
  it("the HARP tutorial video is CMS's (its HARP page linked it as its tutorial), old, and quoted for nothing", () => {
    expect(SOURCES['harp-video'].kind).toBe('cms');
    expect(SOURCES['harp-video'].note).toMatch(/CMS's QualityNet HARP page linked it as its tutorial/);
    expect(SOURCES['harp-video'].outdated).toBe(true);
    const [video] = claimsOf('harp-profile', /tutorial video/);
    citesAll([video!], 'qnet-harp-old', 'harp-video');
    expect(video!.words).toContain('A tutorial video on creating a HARP account');
  });
});

describe('second audit: each claim against the words of its source', () => {
  it('manual proofing: both CMS descriptions, hedged, and the SSN is not strictly required', () => {
    const [both] = claimsOf('harp-identity', /describe manual proofing two ways/);
    citesAll([both!], 'qsep-faq', 'qsep-help-faq');
    const [profile] = claimsOf('harp-profile', /"a manual proofing option is available on that screen"/);
    citesAll([profile!], 'qnet-harp-security-code');
    expect(profile!.words).toContain('a manual proofing option is available on that screen');
    expect(STEPS.find((s) => s.id === 'harp-profile')!.haveReady.join(' ')).toMatch(/Social Security Number, if you are willing to give it/);
    nowhere(/SSN is required|must give your SSN/i);
  });

  it('the proofing questions: the Quick Start\'s words in full ("… and other personal information"), five of them, dated', () => {
    const [five] = claimsOf('harp-identity', /five questions/);
    expect(five!.text).toContain('"personal questions based on information pulled using the provided SSN and other personal information"');
    expect(five!.cite).toEqual(['qnet-harp-security-code']);
    expect(five!.words).toContain('five Identity Proofing Questions');
    expect(five!.text).toMatch(/older CMS Quick Start.*may have changed/);
  });

  it("HARP's own role screens: HARP Help (login only for iQIES) and the CMS page, not a state agency", () => {
    const [roles] = claimsOf('harp-sign-in', /HARP has its own role requests/);
    citesAll([roles!], 'harp-help', 'qnet-harp-request-role');
    expect(roles!.cite).not.toContain('ky-chfs-epoc');
    expect(roles!.words).toContain('HARP supports only login');
    expect(SOURCES['qnet-harp-request-role'].url).toBe('https://qnetconfluence.cms.gov/pages/viewpage.action?pageId=422380460');
  });

  it('the April 2023 MDS dates cite Missouri DHSS 16002, whose words hold them', () => {
    const [dates] = claimsOf('iqies-upload-mds', /13 April 2023.*17 April 2023/);
    expect(dates!.cite).toEqual(['mo-16002']);
    expect(dates!.words).toMatch(/April 17, 2023.*April 13/);
  });

  it('describes and dates the old Quick Start version, and labels AAPACN as carrying CMS officials\' answer', () => {
    const quick = SOURCES['qnet-harp-security-code'];
    expect(quick.title).toMatch(/old version 13/);
    expect(quick.title).not.toMatch(/^QualityNet: HARP help, "Add a Device/);
    expect(quick.outdated).toBe(true);
    expect(SOURCES['aapacn-chow'].title).toMatch(/CMS officials/);
    expect(SOURCES['aapacn-chow'].note).toMatch(/carrying CMS's content/);
    claimsOf('change-of-ownership', /reports CMS officials' answer/);
  });

  it('hedges what nobody publishes: "we found no published …", never "CMS publishes no …"', () => {
    nowhere(/CMS publishes no|CMS does not publish|CMS does not say|hours not published|is not published|are not published/);
    nowhere(/nobody else can approve yours/);
    const [away] = claimsOf('iqies-request-submitted', /only PSO is away/);
    expect(away!.text).toMatch(/most likely nobody at your facility can approve yours/);
  });

  it('dates every source: its own date where the page shows one, otherwise a note; old pages are marked', () => {
    for (const [id, s] of Object.entries(SOURCES) as [SourceId, (typeof SOURCES)[SourceId]][]) {
      const src = s as { published?: string; note?: string; outdated?: boolean; unavailable?: boolean };
      expect(!!src.published || !!src.note, `${id}: no date and no note`).toBe(true);
      if (src.published && src.published < '2024') expect(src.outdated, `${id}: dated ${src.published}`).toBe(true);
    }
    // Missouri 16002 says PBJ stays in QIES: superseded by the 2026 QTSO notice, and marked so.
    expect(SOURCES['mo-16002'].outdated).toBe(true);
    expect(SOURCES['mo-16002'].note).toMatch(/PBJ stays in QIES.*supersedes/);
  });

  it('links the page itself where one exists, not a home page', () => {
    expect(SOURCES['mehca-pbj'].url).toBe('https://www.mehca.org/blog_home.asp?Display=2286');
    // The pages we could not find stay on their home page, and say so.
    for (const id of ['qtso-security-official-2019', 'tx-hhs-chow'] as const) expect(SOURCES[id].note).toMatch(/home page/);
  });
});

describe('second audit: topics users needed, each with its words', () => {
  it('PBJ in iQIES (2026): the launch date and the PBJ roles, attributed', () => {
    const [pbj] = claimsOf('iqies-user-role', /PBJ Submitter \(Provider or Vendor\), Provider Administrator and PBJ Viewer/);
    citesAll([pbj!], 'qtso-pbj-notice', 'mehca-pbj');
    expect(pbj!.text).toMatch(/A trade association lists them/);
    claimsOf('iqies-upload-mds', /from 17 August 2026, PBJ files for Fiscal Quarter 4 go to iQIES only/);
  });

  it('identity proofing: no documents for the remote check, but credit-report information', () => {
    citesAll(claimsOf('harp-identity', /information related to your credit report/), 'qsep-help-faq');
  });

  it('rejected requests, and delays after a lapse', () => {
    citesAll(claimsOf('iqies-request-submitted', /Rejected\?/), 'mo-16002');
    citesAll(claimsOf('iqies-request-submitted', /approvals and rejections took up to 24 hours/), 'mo-16002');
    citesAll(claimsOf('stay-active', /"potential delays"/), 'qtso-inactive-policy');
  });

  it('what can be changed later in HARP (only the User ID is fixed), and the HARP Notify list', () => {
    citesAll(claimsOf('harp-account', /change your password, challenge question and profile.*Only the User ID is fixed/), 'qnet-harp', 'harp-help');
    citesAll(claimsOf('harp-sign-in', /"HARP Notify" mailing list/), 'harp-help', 'qnet-harp');
  });

  it('ePOC moved into iQIES on 14 July 2025', () => {
    citesAll(claimsOf('iqies-user-role', /ePOC\) moved to iQIES on 14 July 2025/), 'ky-chfs-epoc');
  });
});

describe('second audit: PBJ in the tracks', () => {
  it('staff and vendors are told about the PBJ roles (attributed), and the role step has a PBJ checklist item', () => {
    const byId = Object.fromEntries(TRACKS.map((t) => [t.id, t]));
    expect(byId.staff!.who).toMatch(/Payroll-Based Journal \(PBJ\)/);
    expect(byId.staff!.notes!['iqies-user-role']).toMatch(/a trade association lists PBJ Submitter, Provider Administrator and PBJ Viewer/);
    expect(byId.vendor!.notes!['iqies-user-role']).toMatch(/a trade association lists "PBJ Submitter \(Provider or Vendor\)"/);
    const item = STEPS.find((s) => s.id === 'iqies-user-role')!.checklist.find((i) => i.id === 'pbj-role');
    expect(item?.label).toMatch(/^If I submit Payroll-Based Journal \(PBJ\) data: I asked my PSO which PBJ role to request/);
    // The role names come with their source on the role step itself.
    citesAll(claimsOf('iqies-user-role', /PBJ Submitter/), 'mehca-pbj');
    expect(byId['pso-duties']!.notes!['stay-active']).toMatch(/most likely nobody at the facility can approve/);
  });
});
