import type { Source } from '../schema';

/**
 * Every source the guide cites, by id. Claims (guidance blocks, problems and fixes, contacts) name these ids, and
 * the panel shows each citation beside its claim. `kind` says who publishes the page: CMS (including its
 * contractors' sites: QTSO, QualityNet, QSEP), a state agency, a trade association, or other. Anything but CMS
 * is labelled as such in the panel. `checkedOn` is the day the claims citing the source were last read against
 * it; `outdated` marks pages known to be old or whose target is unknown. docs/sources.md lists them all, with
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
    checkedOn: '2026-11-25',
  },
  'harp-help': {
    short: 'HARP Help',
    title: 'HARP Help: HARP Overview and Frequently Asked Questions (harp.cms.gov)',
    url: 'https://harp.cms.gov/login/help',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'harp-login': {
    short: 'HARP: Login page',
    title: 'HARP: Login page ("Login", "Sign Up", "Acknowledge the Terms & Conditions and click Login")',
    url: 'https://harp.cms.gov/login/login',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'harp-contact': {
    short: 'HARP: Contact Help Desk',
    title: 'HARP: Contact Help Desk (harp.cms.gov)',
    url: 'https://harp.cms.gov/login/contact',
    kind: 'cms',
    checkedOn: '2026-11-25',
  },
  'qnet-harp': {
    short: 'QualityNet: HARP',
    title: 'QualityNet: HARP overview (profile, password, challenge question, two-factor devices)',
    url: 'https://qnetconfluence.cms.gov/display/HS/HARP',
    kind: 'cms',
    checkedOn: '2026-11-25',
  },
  'qnet-harp-security-code': {
    short: 'QualityNet: HARP Security Code',
    title: 'QualityNet: HARP help, "Add a Device to Receive a Security Code"',
    url: 'https://qnetconfluence.cms.gov/x/zRn5Aw',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'qsep-faq': {
    short: 'QSEP FAQ',
    title: 'QSEP (CMS): frequently asked questions, HARP identity proofing and manual proofing',
    url: 'https://qsep.cms.gov/ProvidersAndOthers/frequently-asked-questions.aspx',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'qtso-harp-registration': {
    short: 'QTSO: HARP registration',
    title: 'QTSO: HARP account registration (for iQIES users)',
    url: 'https://qtso.cms.gov/access-forms/harp-account-registration',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'qtso-manuals': {
    short: 'QTSO: iQIES manuals',
    title: 'QTSO: iQIES reference manuals (User Roles Matrix, Onboarding Process – Provider User Roles Manual)',
    url: 'https://qtso.cms.gov/software/iqies/reference-manuals',
    kind: 'cms',
    checkedOn: '2026-11-25',
  },
  'qtso-faq': {
    short: 'QTSO: iQIES FAQ',
    title: 'QTSO: iQIES frequently asked questions',
    url: 'https://qtso.cms.gov/faq/iqies-frequently-asked-questions-faqs',
    kind: 'cms',
    checkedOn: '2026-11-25',
  },
  'qtso-inactive-policy': {
    short: 'QTSO: 60-day policy',
    title: 'QTSO: iQIES will implement inactive user policy (60 days, 2024)',
    url: 'https://qtso.cms.gov/news-and-updates/iqies-will-implement-inactive-user-policy-0',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'qtso-pbj-notice': {
    short: 'QTSO: PBJ notice (2026)',
    title: 'QTSO: Payroll-Based Journal (PBJ) moving to iQIES, 2026 notice',
    url: 'https://qtso.cms.gov/node/2338',
    kind: 'cms',
    checkedOn: '2026-11-30',
  },
  'qtso-security-official-2019': {
    short: 'QTSO: Security Official guide (2019)',
    title: 'QTSO: "Security Official: Manage Access (Approve or Reject Requests)", 2019',
    url: 'https://qtso.cms.gov/',
    kind: 'cms',
    checkedOn: '2026-11-30',
    outdated: true,
    note: 'A 2019 guide from when approvals were made in HARP. The link opens the QTSO home page; the guide has no address of its own on record.',
  },
  'mat-harp': {
    short: 'CMS MAT: moving to HARP (2020)',
    title: 'CMS Measure Authoring Tool: "The MAT is transitioning to HARP!" (2020)',
    url: 'https://www.emeasuretool.cms.gov/news-alerts/mat-transitioning-harp',
    kind: 'cms',
    checkedOn: '2026-11-30',
    outdated: true,
    note: 'A 2020 notice about another CMS tool (the Measure Authoring Tool) moving to HARP.',
  },
  'ccsq-support': {
    short: 'CCSQ Support Central',
    title: 'CCSQ Support Central (CMS self-service portal: tickets, HARP password recovery)',
    url: 'https://cmsqualitysupport.servicenowservices.com',
    kind: 'cms',
    checkedOn: '2026-11-25',
  },
  'iqies-training-video': {
    short: 'CMS: iQIES training link (2019)',
    title: 'CMS: iQIES account training (go.cms.gov short link, 2019)',
    url: 'https://go.cms.gov/iQIES_Training',
    kind: 'cms',
    checkedOn: '2026-11-30',
    outdated: true,
    note: 'A short link from 2019; where it leads today is not known.',
  },
  'harp-video': {
    short: 'Video: creating a HARP account (YouTube)',
    title: 'Video on YouTube: creating a HARP account',
    url: 'https://www.youtube.com/watch?v=G1zj8JqxWg4',
    kind: 'other',
    checkedOn: '2026-11-30',
    outdated: true,
    note: 'Made when HARP lived at harp.qualitynet.org: the screens may differ from today. It is on YouTube, not a CMS site; who made it is not on record.',
  },
  'mo-15761': {
    short: 'Missouri DHSS notice 15761',
    title: 'Missouri DHSS: iQIES Provider Security Officials (notice 15761)',
    url: 'https://ltc.health.mo.gov/archives/15761',
    kind: 'state-agency',
    checkedOn: '2026-11-30',
  },
  'mo-16002': {
    short: 'Missouri DHSS notice 16002',
    title: 'Missouri DHSS: iQIES onboarding, email rule and status changes (notice 16002)',
    url: 'https://ltc.health.mo.gov/archives/16002',
    kind: 'state-agency',
    checkedOn: '2026-11-30',
  },
  'mi-lara-epoc': {
    short: 'Michigan LARA: ePOC in iQIES',
    title: 'Michigan LARA: electronic plan of corrections (ePOC) in iQIES',
    url: 'https://www.michigan.gov/lara/bureau-list/bsc/long-term-care-division/long-term-care-facilities/resources/electronic-plan-of-corrections',
    kind: 'state-agency',
    checkedOn: '2026-11-30',
  },
  'ky-chfs-epoc': {
    short: 'Kentucky CHFS: ePOC',
    title: 'Kentucky CHFS, Office of Inspector General: Electronic Plan of Correction (ePOC)',
    url: 'https://www.chfs.ky.gov/agencies/os/oig/dhc/Pages/epoc.aspx',
    kind: 'state-agency',
    checkedOn: '2026-11-30',
  },
  'tx-hhs-chow': {
    short: 'Texas HHS: MDS change of ownership',
    title: 'Texas HHS: Texas Minimum Data Set, change of ownership',
    url: 'https://www.hhs.texas.gov',
    kind: 'state-agency',
    checkedOn: '2026-11-30',
    note: 'The link opens the Texas HHS home page; search it for "Minimum Data Set change of ownership".',
  },
  'aapacn-chow': {
    short: 'AAPACN: change in ownership',
    title: 'AAPACN: "CMS answers iQIES question on change in ownership" (quoting the RAI User\'s Manual, p. 2-5)',
    url: 'https://www.aapacn.org/tip/tip-cms-answers-iqies-question-on-change-in-ownership/',
    kind: 'trade-association',
    checkedOn: '2026-11-30',
  },
  'mehca-pbj': {
    short: 'Maine Health Care Association (2026)',
    title: 'Maine Health Care Association: PBJ in iQIES, vendor access per facility (2026)',
    url: 'https://www.mehca.org',
    kind: 'trade-association',
    checkedOn: '2026-11-30',
    note: "The link opens the association's home page.",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];

/** One source, typed with its optional fields. */
export const sourceOf = (id: SourceId): Source => SOURCES[id];

/** Manuals and videos listed in the panel's help section, whatever the step. */
export const HELP_LINKS: readonly SourceId[] = ['qtso-manuals', 'qtso-faq', 'iqies-training-video', 'harp-video', 'harp-help'];

/** The day each step's content was last reviewed against its sources. */
export const CHECKED_ON = '2026-11-30';
