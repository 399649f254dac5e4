import type { Source } from '../schema';

/**
 * Every source the guide cites, by id. Claims (guidance blocks, problems and fixes, contacts) name these ids, and
 * the panel shows each citation beside its claim. `kind` says who publishes the page: CMS (including its
 * contractors' sites: QTSO, QualityNet, QSEP), a state agency, a trade association, or other. Anything but CMS
 * is labelled as such in the panel. `checkedOn` is the day the claims citing the source were last read against
 * it; `outdated` marks pages known to be old or whose target is unknown; `published` is the page's own date where it
 * shows one; `unavailable` marks a page we could not open (cited without words, its claims hedged). The words each
 * claim rests on live in words.ts. docs/sources.md lists them all, with
 * the steps citing each (a test keeps it in step with this file).
 *
 * One object, not one constant per source: the content script imports the detection rules beside the steps,
 * never this file, so none of it ships there.
 */
export const SOURCES = {
  'harp-register': {
    short: 'HARP registration',
    title: 'HARP: create an account (harp.cms.gov/register)',
    url: 'https://harp.cms.gov/register',
    kind: 'cms',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'The registration application itself: it did not open for our check, so no words of it are on record.',
  },
  'harp-help': {
    short: 'HARP Help',
    title: 'HARP Help: HARP Overview and Frequently Asked Questions (harp.cms.gov)',
    url: 'https://harp.cms.gov/login/help',
    kind: 'cms',
    checkedOn: '2026-12-03',
    note: "Read through a copy of the page (a CMS email's link to it); the page shows no date of its own.",
  },
  'harp-login': {
    short: 'HARP: Login page',
    title: 'HARP: Login page (harp.cms.gov/login/login)',
    url: 'https://harp.cms.gov/login/login',
    kind: 'cms',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'The sign-in application itself: it did not open for our check, so no words of it are on record.',
  },
  'harp-contact': {
    short: 'HARP: Contact Help Desk',
    title: 'HARP: Contact Help Desk (harp.cms.gov)',
    url: 'https://harp.cms.gov/login/contact',
    kind: 'cms',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'Part of the HARP application: it did not open for our check. The help desk number is cited from other CMS pages.',
  },
  'qnet-harp': {
    short: 'QualityNet: HARP',
    title: 'QualityNet: HARP page (profile, password, challenge question, two-factor devices, HARP Notify list)',
    url: 'https://qnetconfluence.cms.gov/display/HS/HARP',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2024-12-17',
  },
  'qnet-harp-security-code': {
    short: 'QualityNet: HARP Quick Start (old version)',
    title: 'QualityNet: HARP page, old version 13 with its "Quick Start Guide" (registration, identity questions, SMS and Security Code)',
    url: 'https://qnetconfluence.cms.gov/x/zRn5Aw',
    kind: 'cms',
    checkedOn: '2026-12-03',
    outdated: true,
    note: 'An old version (13) of the QualityNet HARP page, from the harp.qualitynet.org era; the page itself says "You are viewing an old version of this page". Its walkthrough shows text message (SMS) only.',
  },
  'qnet-harp-old': {
    short: 'QualityNet: HARP page (older version)',
    title: 'QualityNet: HARP page, an older version compared with the next (EIDM sign-in steps, tutorial video)',
    url: 'https://qnetconfluence.cms.gov/pages/diffpages.action?originalId=91788551&pageId=91788552',
    kind: 'cms',
    checkedOn: '2026-12-03',
    outdated: true,
    note: 'A version comparison of the QualityNet HARP page from the harp.qualitynet.org era (EIDM migration, 2019–2020).',
  },
  'qnet-eqrs-hub': {
    short: 'QualityNet: EQRS hub, HARP sign-up',
    title: 'QualityNet: EQRS Communications Hub, "Creating a HARP Account" (old version 75)',
    url: 'https://qnetconfluence.cms.gov/x/zZkLDg',
    kind: 'cms',
    checkedOn: '2026-12-03',
    outdated: true,
    note: 'An old version (75) of a CMS page for ESRD facilities; its HARP sign-in steps apply to every HARP user.',
  },
  'qnet-harp-request-role': {
    short: 'QualityNet: HARP role requests',
    title: 'QualityNet: requesting a role in HARP (Select a Program, Select an Organization, Select Roles)',
    url: 'https://qnetconfluence.cms.gov/pages/viewpage.action?pageId=422380460',
    kind: 'cms',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'It did not open for our check: the screen names come from an earlier reading and are not quoted.',
  },
  'qsep-faq': {
    short: 'QSEP FAQ',
    title: 'QSEP (CMS): frequently asked questions for providers, HARP identity proofing and manual proofing',
    url: 'https://qsep.cms.gov/ProvidersAndOthers/frequently-asked-questions.aspx',
    kind: 'cms',
    checkedOn: '2026-11-30',
    note: 'Its words are as read on 2026-11-30; the page did not open again for the 2026-12-03 check.',
  },
  'qsep-help-faq': {
    short: 'QSEP Help FAQ',
    title: 'QSEP (CMS): Help, frequently asked questions (HARP registration, manual proofing)',
    url: 'https://qsep.cms.gov/Help/frequently-asked-questions.aspx',
    kind: 'cms',
    checkedOn: '2026-12-03',
    note: 'The page shows no date of its own.',
  },
  'qtso-harp-registration': {
    short: 'QTSO: HARP registration',
    title: "QTSO: HARP account registration (for the QTSO website's secure side)",
    url: 'https://qtso.cms.gov/access-forms/harp-account-registration',
    kind: 'cms',
    checkedOn: '2026-12-03',
    note: "About registering for the QTSO website's secure side, not for iQIES; its HARP steps are the same.",
  },
  'qtso-register-2019': {
    short: 'QTSO: Register for iQIES (2019)',
    title: 'QTSO: "Register for an iQIES Account - Action Required" (2019)',
    url: 'https://qtso.cms.gov/news-and-updates/register-iqies-account-action-required-1',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2019-10-15',
    outdated: true,
    note: 'Written for home health agencies when iQIES opened; HARP then lived at harp.qualitynet.org.',
  },
  'qtso-manuals': {
    short: 'QTSO: iQIES manuals',
    title: 'QTSO: iQIES reference manuals (User Roles Matrix, Onboarding Process – Provider User Roles Manual)',
    url: 'https://qtso.cms.gov/software/iqies/reference-manuals',
    kind: 'cms',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'It did not open for our check; other CMS and state pages name the manuals it holds.',
  },
  'qtso-faq': {
    short: 'QTSO: iQIES FAQ',
    title: 'QTSO: iQIES frequently asked questions',
    url: 'https://qtso.cms.gov/faq/iqies-frequently-asked-questions-faqs',
    kind: 'cms',
    checkedOn: '2026-12-03',
    note: 'The page shows no date of its own; some answers were written before iQIES opened.',
  },
  'qtso-inactive-policy': {
    short: 'QTSO: 60-day policy',
    title: 'QTSO: "iQIES will Implement an Inactive User Policy" (60 days)',
    url: 'https://qtso.cms.gov/news-and-updates/iqies-will-implement-inactive-user-policy-0',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2024-05-20',
  },
  'qtso-pbj-notice': {
    short: 'QTSO: PBJ notice (2026)',
    title: 'QTSO: Payroll-Based Journal (PBJ) moving to iQIES on August 17, 2026',
    url: 'https://qtso.cms.gov/node/2338',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2026-06-30',
    note: 'Written before the launch: that the launch happened as announced was not checked.',
  },
  'qtso-pbj-specs-2026': {
    short: 'QTSO: PBJ specifications (2026)',
    title: 'QTSO: "PBJ System Update: Submission Specs V4.10.0" (iQIES Help Desk contact)',
    url: 'https://qtso.cms.gov/news-and-updates/pbj-system-update-submission-specs-v4100',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2026-02-19',
  },
  'qtso-security-official-2019': {
    short: 'QTSO: Security Official guide (2019)',
    title: 'QTSO: "Security Official: Manage Access (Approve or Reject Requests)", 2019',
    url: 'https://qtso.cms.gov/',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2019',
    outdated: true,
    note: 'A 2019 guide from when approvals were made in HARP, read from a copy of it. The link opens the QTSO home page; the guide has no address of its own on record.',
  },
  'mat-harp': {
    short: 'CMS MAT: moving to HARP (2020)',
    title: 'CMS Measure Authoring Tool: "The MAT is transitioning to HARP!" (2020)',
    url: 'https://www.emeasuretool.cms.gov/news-alerts/mat-transitioning-harp',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2020',
    outdated: true,
    note: 'A 2020 notice about another CMS tool (the Measure Authoring Tool) moving to HARP.',
  },
  'ccsq-support': {
    short: 'CCSQ Support Central',
    title: 'CCSQ Support Central (CMS self-service portal: tickets, HARP password recovery)',
    url: 'https://cmsqualitysupport.servicenowservices.com',
    kind: 'cms',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'The portal itself did not open for our check; what it is for is cited from the QTSO 60-day notice.',
  },
  'iqies-training-video': {
    short: 'CMS: iQIES training link (2019)',
    title: 'CMS: iQIES training video "How to Create an Account" (go.cms.gov short link, 2019)',
    url: 'https://go.cms.gov/iQIES_Training',
    kind: 'cms',
    checkedOn: '2026-12-03',
    published: '2019',
    outdated: true,
    unavailable: true,
    note: 'A short link from a 2019 QTSO notice; where it leads today is not known.',
  },
  'harp-video': {
    short: 'CMS: HARP tutorial video (YouTube)',
    title: 'HARP tutorial video on YouTube, "creating a HARP account" (linked by CMS\'s QualityNet HARP page)',
    url: 'https://www.youtube.com/watch?v=G1zj8JqxWg4',
    kind: 'cms',
    checkedOn: '2026-12-03',
    outdated: true,
    unavailable: true,
    note: "CMS's QualityNet HARP page linked it as its tutorial when HARP lived at harp.qualitynet.org: the screens may differ today. A video: no words of it are quoted.",
  },
  'mo-15761': {
    short: 'Missouri DHSS notice 15761',
    title: 'Missouri DHSS: "Action Required: iQIES Provider Security Official Recruitment" (notice 15761, 2022)',
    url: 'https://ltc.health.mo.gov/archives/15761',
    kind: 'state-agency',
    checkedOn: '2026-12-03',
    note: 'Written in 2022, before MDS moved to iQIES; the page shows no date of its own.',
  },
  'mo-16002': {
    short: 'Missouri DHSS notice 16002',
    title: 'Missouri DHSS: "Register for an iQIES Account" before the April 2023 MDS move (notice 16002)',
    url: 'https://ltc.health.mo.gov/archives/16002',
    kind: 'state-agency',
    checkedOn: '2026-12-03',
    outdated: true,
    note: 'Written in 2023 for the MDS move; the page shows no date of its own. It says PBJ stays in QIES, which the 2026 QTSO PBJ notice supersedes.',
  },
  'mi-lara-epoc': {
    short: 'Michigan LARA: ePOC in iQIES',
    title: 'Michigan LARA: electronic plan of corrections (ePOC) in iQIES',
    url: 'https://www.michigan.gov/lara/bureau-list/bsc/long-term-care-division/long-term-care-facilities/resources/electronic-plan-of-corrections',
    kind: 'state-agency',
    checkedOn: '2026-12-03',
    note: 'Written for the July 2025 ePOC move; the page shows no date of its own.',
  },
  'ky-chfs-epoc': {
    short: 'Kentucky CHFS: ePOC',
    title: 'Kentucky CHFS, Office of Inspector General: Electronic Plan of Correction (ePOC) in iQIES',
    url: 'https://www.chfs.ky.gov/agencies/os/oig/dhc/Pages/epoc.aspx',
    kind: 'state-agency',
    checkedOn: '2026-12-03',
    note: "Written in 2025 (it reports CMS's May 2025 notice on ePOC); the page shows no date of its own.",
  },
  'tx-hhs-chow': {
    short: 'Texas HHS: MDS change of ownership',
    title: 'Texas HHS: Texas Minimum Data Set, change of ownership',
    url: 'https://www.hhs.texas.gov',
    kind: 'state-agency',
    checkedOn: '2026-12-03',
    unavailable: true,
    note: 'We could not find or open the page: the link opens the Texas HHS home page, and no words of it are on record.',
  },
  'aapacn-chow': {
    short: 'AAPACN: change in ownership',
    title: 'AAPACN: "CMS Answers iQIES Question on Change in Ownership" (CMS officials at the SNF/LTC Open Door Forum; RAI User\'s Manual, p. 2-5)',
    url: 'https://www.aapacn.org/tip/tip-cms-answers-iqies-question-on-change-in-ownership/',
    kind: 'trade-association',
    checkedOn: '2026-12-03',
    note: "A trade association carrying CMS's content: CMS officials' answer at the SNF/LTC Open Door Forum, and a quote of CMS's RAI User's Manual.",
  },
  'mehca-pbj': {
    short: 'Maine Health Care Association (2026)',
    title: 'Maine Health Care Association: "PBJ Moving to iQIES" (PBJ roles, vendor access per facility)',
    url: 'https://www.mehca.org/blog_home.asp?Display=2286',
    kind: 'trade-association',
    checkedOn: '2026-12-03',
    published: '2026-06-16',
  },
  'ipro-esrd-harp': {
    short: 'IPRO ESRD Network: HARP help',
    title: 'IPRO ESRD Network help: "HARP and EQRS Access Steps" (manual-proofing video, QualityNet help desk)',
    url: 'https://help.esrd.ipro.org/support/solutions/articles/9000183608-harp-and-eqrs-access-steps',
    kind: 'other',
    checkedOn: '2026-12-03',
    published: '2023-02-16',
    outdated: true,
    note: "An ESRD Network's help page for dialysis facilities; its HARP advice applies to every HARP user.",
  },
  'mavin-harp': {
    short: 'Mavin Health: what is HARP',
    title: 'Mavin Health (a consultancy): "What is HARP?"',
    url: 'https://mavinhealth.com/post/what-is-harp-cms',
    kind: 'other',
    checkedOn: '2026-12-03',
    note: 'A consultancy\'s article from the early 2020s; the page shows no date of its own.',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];

/** Pages dated before this year count as old: the panel shows their date ("page dated 2019"). */
export const OLD_BEFORE = '2024';

/** A page known to be old: marked outdated, or dated before OLD_BEFORE. */
export const isOldSource = (s: Source): boolean => !!s.outdated || (!!s.published && s.published < OLD_BEFORE);

/** One source, typed with its optional fields. */
export const sourceOf = (id: SourceId): Source => SOURCES[id];

/** Manuals and videos listed in the panel's help section, whatever the step. */
export const HELP_LINKS: readonly SourceId[] = ['qtso-manuals', 'qtso-faq', 'iqies-training-video', 'harp-video', 'harp-help'];

/** The day each step's content was last reviewed against its sources. */
export const CHECKED_ON = '2026-12-03';
