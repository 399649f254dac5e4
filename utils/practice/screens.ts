import type { SiteId } from '../sites';
import { getStep } from '../steps/catalogue';
import { says } from '../steps/catalogue/words';
import type { Citation } from '../steps/schema';
import type { StepId } from '../steps/ids';

/**
 * The practice copies: plain, data-free copies of each HARP/iQIES screen's structure and wording, for trainers
 * (practice.html#<screen-id>). Wording comes from the same public sources the catalogue cites (HARP's own screen
 * text as shown on harp.cms.gov and in the HARP help pages; the iQIES wizard labels from the Michigan LARA and
 * Kentucky CHFS ePOC instructions; identity proofing and "Initiate Manual Proofing" from the QSEP FAQ; the
 * 60-day revocation and "re-request your user role(s)" from QTSO's inactive-user notice). Example values only
 * ("Pat Example"); nothing is ever submitted or stored.
 *
 * A screen id is a step id, or a step id with a `~variant` for a branch of that step (a failure trainers are
 * asked about). Each screen says which step it copies: detection must recognise it as that step from the page
 * alone (tests/unit/steps/practice-copies.test.tsx), so the copies and the detection rules cannot drift apart.
 */
interface PracticeField {
  label: string;
  /** An obviously made-up example value; never anyone's data. */
  example: string;
  type?: 'text' | 'password' | 'email' | 'tel';
}

interface PracticeAction {
  label: string;
  /** The screen it leads to. */
  to: string;
}

export interface PracticeScreen {
  id: string;
  /** Where the screen's wording comes from, in the sources' own words (utils/steps/catalogue/words.ts). */
  cite: readonly Citation[];
  /** The step this screen copies: what a following panel must detect. */
  step: StepId;
  /** The real site the screen copies (what the practice page reports, as the content script would there): the
   * site of the step it copies, taken from the catalogue. */
  site: SiteId;
  /** Document title, as the real site keeps one title across screens. */
  title: string;
  /** A wizard's progress indicator: every step listed, the current one marked with aria-current="step". */
  progress?: { items: readonly string[]; current: number };
  heading: string;
  subheading?: string;
  /** A message shown as the real site would show an error or notice. */
  alert?: string;
  text?: readonly string[];
  fields?: readonly PracticeField[];
  /** Radio questions (identity proofing): a legend and example answers. */
  question?: { legend: string; options: readonly string[] };
  select?: { label: string; options: readonly string[] };
  /** Buttons, in order, each moving the practice flow on like the real one. */
  actions: readonly PracticeAction[];
  /** Plain links on the screen (e.g. "Initiate Manual Proofing" at the bottom of the proofing page). */
  links?: readonly PracticeAction[];
  /** Branches a trainer can show from here (practice-only, outside the copied screen: their words are UI strings,
   * `practiceView.branch*` in locales/en.yml, named by `branch`). */
  branches?: readonly PracticeBranch[];
}

export type PracticeBranchKey = 'emailExists' | 'identityFailed' | 'rolesRevoked' | 'asApprover' | 'afterApproval';
interface PracticeBranch {
  branch: PracticeBranchKey;
  /** The screen it shows. */
  to: string;
}

const HARP_WIZARD = ['Profile Information', 'Account Information', 'Remote Proofing', 'Confirmation'] as const;
const harp = (current: number) => ({ items: HARP_WIZARD, current });

const PROFILE_FIELDS: PracticeField[] = [
  { label: 'First Name', example: 'Pat' },
  { label: 'Last Name', example: 'Example' },
  { label: 'Date of Birth', example: '01/01/1980' },
  { label: 'Email Address', example: 'pat@example.org', type: 'email' },
  { label: 'Home Address', example: '1 Example Street, Springfield' },
  { label: 'Social Security Number', example: '000-00-0000', type: 'password' },
];

/** A screen as written below: its site is the site of the step it copies, never written twice. */
type ScreenData = Omit<PracticeScreen, 'site'>;

function withSite(screen: ScreenData): PracticeScreen {
  const site = getStep(screen.step)?.site;
  if (site !== 'harp' && site !== 'iqies') throw new Error(`practice screen ${screen.id}: step ${screen.step} is not on HARP or iQIES`);
  return { ...screen, site };
}

export const PRACTICE_SCREENS: readonly PracticeScreen[] = ([
  {
    id: 'harp-profile',
    cite: [says('qnet-harp-security-code', 'profileStep'), says('qnet-harp-security-code', 'ssn')],
    step: 'harp-profile',
    title: 'HARP',
    progress: harp(0),
    heading: 'Step 1. Profile Information',
    subheading: 'Enter your Personal Information',
    fields: PROFILE_FIELDS,
    actions: [{ label: 'Next', to: 'harp-account' }],
    branches: [{ branch: 'emailExists', to: 'harp-profile~email-exists' }],
  },
  {
    id: 'harp-profile~email-exists',
    cite: [says('qtso-harp-registration', 'emailExists')],
    step: 'harp-profile',
    title: 'HARP',
    progress: harp(0),
    heading: 'Step 1. Profile Information',
    subheading: 'Enter your Personal Information',
    alert: 'An account with this email address already exists.',
    text: ['Practice note: you most likely have an older CMS (EIDM) account. Sign in to HARP with it instead of registering again.'],
    fields: PROFILE_FIELDS,
    actions: [{ label: 'Next', to: 'harp-account' }],
    links: [{ label: 'Login', to: 'harp-sign-in' }],
  },
  {
    id: 'harp-account',
    cite: [says('qnet-harp-security-code', 'accountStep'), says('qnet-harp', 'profile')],
    step: 'harp-account',
    title: 'HARP',
    progress: harp(1),
    heading: 'Step 2. Account Information',
    subheading: 'Create a User ID and Password',
    fields: [
      { label: 'User ID', example: 'patexample' },
      { label: 'Password', example: 'example-password', type: 'password' },
      { label: 'Confirm Password', example: 'example-password', type: 'password' },
    ],
    select: { label: 'Challenge Question', options: ['What was the name of your first school?', 'What city were you born in?'] },
    actions: [{ label: 'Next', to: 'harp-identity' }],
  },
  {
    id: 'harp-identity',
    cite: [says('qnet-harp-security-code', 'fiveQuestions'), says('qsep-faq', 'manual')],
    step: 'harp-identity',
    title: 'HARP',
    progress: harp(2),
    heading: 'Step 3. Remote (Identity) Proofing',
    subheading: 'Verify your Identity',
    text: ['Practice: the real questions are personal questions built from the SSN entered in Step 1. These are made up.'],
    question: { legend: 'Which of these streets have you lived on?', options: ['Example Street', 'Sample Avenue', 'None of the above'] },
    actions: [{ label: 'Next', to: 'harp-confirmation' }],
    links: [{ label: 'Initiate Manual Proofing', to: 'harp-identity~manual' }],
    branches: [{ branch: 'identityFailed', to: 'harp-identity~failed' }],
  },
  {
    id: 'harp-identity~failed',
    cite: [says('qsep-faq', 'manual')],
    step: 'harp-identity',
    title: 'HARP',
    progress: harp(2),
    heading: 'We were unable to verify your identity',
    text: ['Practice: if you cannot answer the questions or the check fails, choose "Initiate Manual Proofing" and send copies of your documents.'],
    actions: [{ label: 'Try Again', to: 'harp-identity' }],
    links: [{ label: 'Initiate Manual Proofing', to: 'harp-identity~manual' }],
  },
  {
    id: 'harp-identity~manual',
    cite: [says('qsep-faq', 'manual'), says('qsep-help-faq', 'noSsn')],
    step: 'harp-identity',
    title: 'HARP',
    progress: harp(2),
    heading: 'Manual (Identity) Proofing',
    text: ['Practice: manual proofing means sending copies of documents; CMS says it "may take additional time". The last 4 digits of the SSN may be required.'],
    fields: [{ label: 'Last 4 digits of SSN', example: '0000', type: 'password' }],
    actions: [{ label: 'Submit', to: 'harp-confirmation' }],
  },
  {
    id: 'harp-confirmation',
    cite: [says('qnet-harp-security-code', 'confirmation')],
    step: 'harp-confirmation',
    title: 'HARP',
    progress: harp(3),
    heading: 'Step 4. Confirmation',
    subheading: 'Receive Confirmation of Account Creation',
    text: ['Practice: the real site sends a confirmation email here.'],
    actions: [{ label: 'Login to Complete Setup', to: 'harp-sign-in' }],
  },
  {
    id: 'harp-sign-in',
    cite: [says('qnet-harp-old', 'eidmLogin'), says('qnet-eqrs-hub', 'login')],
    step: 'harp-sign-in',
    title: 'HARP',
    heading: 'Login',
    text: ['Acknowledge the Terms & Conditions and click Login.'],
    fields: [
      { label: 'User ID', example: 'patexample' },
      { label: 'Password', example: 'example-password', type: 'password' },
    ],
    actions: [{ label: 'Login', to: 'harp-two-factor' }],
    links: [
      { label: 'Sign Up', to: 'harp-profile' },
      { label: 'Forgot User ID or Password', to: 'harp-sign-in' },
    ],
  },
  {
    id: 'harp-two-factor',
    cite: [says('qnet-harp-security-code', 'sms'), says('qnet-harp-security-code', 'code')],
    step: 'harp-two-factor',
    title: 'HARP',
    heading: 'Step 5. Two-Factor Authentication',
    subheading: 'Add a Device to Receive a Security Code',
    fields: [
      { label: 'Phone Number', example: '555-0100', type: 'tel' },
      { label: 'Security Code', example: '000000' },
    ],
    actions: [
      { label: 'SMS', to: 'harp-two-factor' },
      { label: 'Send Code', to: 'harp-two-factor' },
      { label: 'Submit', to: 'iqies-sign-in' },
    ],
  },
  {
    id: 'iqies-sign-in',
    cite: [says('mi-lara-epoc', 'login'), says('mi-lara-epoc', 'submit')],
    step: 'iqies-sign-in',
    title: 'iQIES',
    heading: 'Login',
    text: ['Practice: iQIES is signed in to with the HARP User ID and password.'],
    fields: [
      { label: 'User ID', example: 'patexample' },
      { label: 'Password', example: 'example-password', type: 'password' },
    ],
    actions: [{ label: 'Login', to: 'iqies-welcome' }],
    branches: [{ branch: 'rolesRevoked', to: 'iqies-welcome~revoked' }],
  },
  {
    id: 'iqies-welcome',
    cite: [says('mi-lara-epoc', 'wizard')],
    step: 'iqies-welcome',
    title: 'iQIES',
    heading: 'Welcome to iQIES',
    text: ['Practice: a new user has no role yet and starts a request here.'],
    actions: [{ label: 'Request User Role', to: 'iqies-user-category' }],
  },
  {
    id: 'iqies-welcome~revoked',
    cite: [says('qtso-inactive-policy', 'revoked'), says('qtso-inactive-policy', 'restore')],
    step: 'iqies-welcome',
    title: 'iQIES',
    heading: 'Welcome to iQIES',
    alert: 'Your user role(s) were revoked after more than 60 days without a login. To regain access, re-request your user role(s).',
    text: ['Practice: your HARP account is still active; only the iQIES roles were removed.'],
    actions: [{ label: 'Request User Role', to: 'iqies-user-category' }],
  },
  {
    id: 'iqies-user-category',
    cite: [says('mi-lara-epoc', 'wizard')],
    step: 'iqies-user-category',
    title: 'iQIES',
    heading: 'Select a User Category',
    select: { label: 'User Category', options: ['Provider', 'Vendor'] },
    actions: [{ label: 'Next', to: 'iqies-user-role' }],
  },
  {
    id: 'iqies-user-role',
    cite: [says('mi-lara-epoc', 'role')],
    step: 'iqies-user-role',
    title: 'iQIES',
    heading: 'Select a User Role',
    select: { label: 'User Role', options: ['Provider Security Official', 'Example role (ask your PSO)'] },
    actions: [{ label: 'Next', to: 'iqies-provider' }],
  },
  {
    id: 'iqies-provider',
    cite: [says('mi-lara-epoc', 'role'), says('mo-16002', 'ccn')],
    step: 'iqies-provider',
    title: 'iQIES',
    heading: 'Select a Provider',
    fields: [{ label: 'CCN', example: '000000' }],
    text: ['Practice: Example Nursing Home, CCN 000000 (made up).'],
    actions: [{ label: 'Submit', to: 'iqies-request-submitted' }],
  },
  {
    id: 'iqies-request-submitted',
    cite: [says('mo-16002', 'approved'), says('mo-16002', 'status24')],
    step: 'iqies-request-submitted',
    title: 'iQIES',
    heading: 'Request Submitted',
    text: ['Practice: a PSO of the facility (for a first PSO: CMS) now approves the request. Status updates may take a while.'],
    actions: [{ label: 'Home', to: 'iqies-welcome' }],
    branches: [
      { branch: 'asApprover', to: 'iqies-manage-requests' },
      { branch: 'afterApproval', to: 'iqies-upload-mds' },
    ],
  },
  {
    id: 'iqies-manage-requests',
    cite: [says('mo-15761', 'psoRole'), says('qtso-security-official-2019', 'screens')],
    step: 'iqies-manage-requests',
    title: 'iQIES',
    heading: 'Pending Requests',
    text: ['Practice request: Pat Example, Example role, CCN 000000.'],
    actions: [
      { label: 'Approve', to: 'iqies-manage-requests' },
      { label: 'Reject', to: 'iqies-manage-requests' },
    ],
  },
  {
    id: 'iqies-upload-mds',
    cite: [says('mo-16002', 'dates')],
    step: 'iqies-upload-mds',
    title: 'iQIES',
    heading: 'Upload MDS Assessment Files',
    text: ['Practice: no file is read or sent from this page.'],
    actions: [{ label: 'Upload Files', to: 'iqies-upload-mds' }],
  },
] satisfies ScreenData[]).map(withSite);

const BY_ID = new Map(PRACTICE_SCREENS.map((s) => [s.id, s]));

export function practiceScreen(id: string): PracticeScreen | undefined {
  return BY_ID.get(id);
}

/** The screen a `#hash` names (decoded, without the #), or the first screen. */
export function screenOfHash(hash: string): PracticeScreen {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    /* a malformed escape: not a screen id */
  }
  return BY_ID.get(id) ?? PRACTICE_SCREENS[0]!;
}

/** The steps that have a practice copy (each step's own screen, without a branch). */
export const PRACTICE_STEPS: ReadonlySet<StepId> = new Set(PRACTICE_SCREENS.filter((s) => s.id === s.step).map((s) => s.step));

export const PRACTICE_PATH = '/practice.html';
