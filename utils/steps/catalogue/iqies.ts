import type { DetectionRule } from '../detect-step';
import type { Step } from '../schema';
import * as SRC from './sources';
import { CHECKED_ON } from './sources';

/** iQIES (iqies.cms.gov): sign in with HARP, request a role for the facility's CCN, get approved, work. */
export const iqiesSteps: Step[] = [
  {
    id: 'iqies-sign-in',
    title: 'iQIES: Sign in with HARP',
    summary: 'Sign in to iqies.cms.gov with your HARP User ID, password and a two-factor code.',
    site: 'iqies',
    haveReady: ['Your HARP User ID and password', 'Your two-factor device', 'The latest Chrome or Edge'],
    checklist: [
      { id: 'signed-in-iqies', label: 'I signed in to iQIES with my HARP User ID and password' },
      { id: 'code-submitted', label: 'I entered my two-factor code and chose "Submit"' },
      { id: 'bookmarked', label: 'I bookmarked https://iqies.cms.gov/' },
    ],
    guidance: [
      { kind: 'text', text: 'iQIES has no separate password: it uses your HARP account. CMS recommends the latest Chrome or Edge.' },
      {
        kind: 'tip',
        text: 'Had an older CMS (EIDM) account? Sign in to HARP with it, then a second time, before requesting your iQIES role.',
      },
      { kind: 'next', text: 'Next: the "Welcome to iQIES" page, where you request a user role.' },
    ],
    problems: [
      { problem: 'Pages look broken or buttons do nothing', fix: 'Use the latest Chrome or Edge, as CMS recommends.' },
      {
        problem: 'Lost password',
        fix: 'iQIES uses your HARP password: recover it on the HARP sign-in page or through CCSQ Support Central.',
      },
    ],
    contacts: ['iqies-service-center', 'ccsq-support-central'],
    sources: [SRC.iqiesTraining, SRC.iqiesFaq, SRC.harpHelp],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-welcome',
    title: 'iQIES: Welcome, request a user role',
    summary: 'From "Welcome to iQIES", choose "Request User Role" to ask for access to your facility.',
    site: 'iqies',
    haveReady: ["Your facility's CCN (CMS Certification Number)", 'The role your PSO told you to request'],
    checklist: [
      { id: 'know-ccn', label: "I know my facility's CCN" },
      { id: 'know-role', label: 'I know which role to request (PSO, or the role my PSO named)' },
      { id: 'chose-request-role', label: 'I chose "Request User Role"' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Roles are requested here in iQIES, not in HARP. The same request wizard is used for every provider role: user category, user role, then your facility.',
      },
      { kind: 'next', text: 'Next: select a user category.' },
    ],
    problems: [
      {
        problem: 'I had roles before and now have none',
        fix: 'iQIES revokes roles after more than 60 days without a login. Request them again here; your PSO approves them again.',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesManuals, SRC.inactivePolicy],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-user-category',
    title: 'iQIES: Select a user category',
    summary: 'Pick the "Provider" category for facility staff and PSOs, then "Next".',
    site: 'iqies',
    haveReady: [],
    checklist: [{ id: 'category-provider', label: 'I selected the Provider category and chose "Next"' }],
    guidance: [
      { kind: 'text', text: 'Facility staff and PSOs request provider roles, so they pick "Provider".' },
      {
        kind: 'tip',
        text: 'Vendors and consultants: ask the PSO of the facility which category and role to pick if "Provider" does not fit.',
      },
      { kind: 'next', text: 'Next: select a user role.' },
    ],
    problems: [],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesManuals],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-user-role',
    title: 'iQIES: Select a user role',
    summary: 'Choose the role you need: Provider Security Official, or the MDS role your PSO named.',
    site: 'iqies',
    haveReady: ['The exact role name from your PSO, or the iQIES User Roles Matrix'],
    checklist: [
      { id: 'role-chosen', label: "I selected the role my PSO told me to request (or PSO, if I am the facility's PSO)" },
      { id: 'role-next', label: 'I chose "Next"' },
    ],
    guidance: [
      {
        kind: 'warning',
        text: "This guide does not list MDS role names: CMS's official list is the iQIES User Roles Matrix (on the QTSO reference manuals page). Ask your PSO which role to request.",
      },
      { kind: 'text', text: "Only the provider's own employees can be Provider Security Officials (PSOs); vendors never can." },
      {
        kind: 'text',
        text: 'iQIES also has roles for other work, for example Provider ePOC Administrator (plans of correction); CMS announced that Payroll-Based Journal (PBJ) staffing data moves to iQIES in August 2026 with roles of its own. Request them only if your PSO asks you to.',
      },
      { kind: 'next', text: 'Next: choose your provider (facility) and submit the request.' },
    ],
    problems: [
      {
        problem: 'I do not know which role to pick',
        fix: 'Ask your PSO before you submit, or look the role up in the iQIES User Roles Matrix. A first PSO picks Provider Security Official.',
      },
      {
        problem: 'I requested the wrong role',
        fix: 'Tell your PSO before they approve it, so they can reject it; then request the right one.',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.iqiesManuals, SRC.moPso, SRC.pbjNotice],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-provider',
    title: 'iQIES: Choose your provider',
    summary: 'Identify the facility the role is for, usually by its CCN, and submit the request.',
    site: 'iqies',
    haveReady: ["Your facility's CCN"],
    checklist: [
      { id: 'provider-selected', label: 'I selected my facility (checked the CCN)' },
      { id: 'request-submitted', label: 'I submitted the request' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Official material shows the role wizard up to "Select a User Role"; the provider screen after it is not documented in detail. Expect to identify your facility, most likely by CCN, then submit.',
      },
      { kind: 'tip', text: 'Vendors: one request covers one facility. Repeat the request for each CCN you work for.' },
      { kind: 'next', text: "Next: wait for approval. CMS approves a facility's first PSO; a PSO approves everyone else." },
    ],
    problems: [
      {
        problem: 'I cannot find my facility',
        fix: "Check the CCN with your administrator or PSO and try again. If it still does not appear, contact the iQIES Service Center.",
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.iqiesManuals, SRC.moPso],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-request-submitted',
    title: 'Request submitted: waiting for approval',
    summary: "Your role request is with the approver: CMS for a facility's first PSO, a PSO for everyone else.",
    site: 'iqies',
    haveReady: [],
    checklist: [
      { id: 'told-pso', label: 'I told my PSO that my request is waiting (not needed for a first PSO)' },
      { id: 'noted-date', label: 'I noted the date I submitted the request' },
      { id: 'watch-email', label: 'I am watching my email (and spam folder) for the approval' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'You get an email when the request is approved. Status changes have taken up to 24 hours at busy times, and the whole process may take several days.',
      },
      {
        kind: 'tip',
        text: 'No email yet? Check your spam folder. CMS publishes no guidance on this; if it is taking long, ask your PSO or the iQIES Service Center.',
      },
      { kind: 'next', text: 'When the approval email arrives, sign in to iQIES again: your role should be active.' },
    ],
    problems: [
      {
        problem: 'Status not updating',
        fix: 'Allow up to 24 hours, then contact your PSO (or the iQIES Service Center for a first PSO).',
      },
      {
        problem: 'Our facility has no PSO yet',
        fix: "Only CMS can approve a facility's first PSO, and nobody else can be approved before that. Make sure one of the facility's employees requests the PSO role.",
      },
      {
        problem: 'Our only PSO is away',
        fix: 'Nobody else can approve your request until they are back. This is why CMS recommends at least two PSOs.',
      },
      {
        problem: 'The approval email never came',
        fix: 'CMS publishes no guidance on this. Check spam and mail filters, sign in to iQIES to see whether the role is active, then ask your PSO.',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.iqiesFaq, SRC.moPso],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-manage-requests',
    title: 'PSO: review pending access requests',
    summary: 'As a PSO, approve or reject the access requests people sent for your facility.',
    site: 'iqies',
    haveReady: ['The list of people who should have access, and which role each needs'],
    checklist: [
      { id: 'checked-person', label: 'I confirmed each requester works for (or with) our facility' },
      { id: 'checked-role', label: 'I confirmed the requested role fits their job' },
      { id: 'backup-pso', label: 'Our facility has at least two PSOs' },
      { id: 'told-requesters', label: 'I told the people I approved about the 60-day sign-in rule' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Approvals are probably done inside iQIES today; state-agency material mentions a "User Management" menu for pending requests. Exact screen labels were not found in official material, and older (2019) material did this in HARP.',
      },
      { kind: 'warning', text: 'CMS recommends at least two PSOs per facility, so approvals never stop when one is away.' },
      {
        kind: 'tip',
        text: 'Vendors request access once per facility: approve only requests for your own CCN, and never give a vendor the PSO role.',
      },
    ],
    problems: [
      {
        problem: 'I cannot find the pending requests',
        fix: 'Look for a "User Management" menu in iQIES. The iQIES Onboarding Process – Provider User Roles Manual on the QTSO reference manuals page describes approvals; the iQIES Service Center can help.',
      },
      {
        problem: 'I do not recognise the requester',
        fix: 'Do not approve it. Check with your administrator first; reject the request if nobody knows the person.',
      },
    ],
    contacts: ['iqies-service-center'],
    sources: [SRC.iqiesManuals, SRC.moPso],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'iqies-upload-mds',
    title: 'iQIES: Upload MDS assessments',
    summary: 'With an approved role you can upload MDS assessment files and view validation results.',
    site: 'iqies',
    haveReady: ['The MDS files exported from your software'],
    checklist: [
      { id: 'first-upload', label: 'I uploaded a file and read its validation result' },
      { id: 'reports-found', label: 'I found the reports my role gives me' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'MDS submission moved from QIES to iQIES in April 2023: QIES stopped accepting MDS files on 13 April 2023 and iQIES took over on 17 April 2023.',
      },
      { kind: 'warning', text: 'Sign in at least every 60 days, even in quiet periods, or your roles are revoked.' },
    ],
    problems: [
      {
        problem: 'I cannot find the upload',
        fix: 'Your role may not include uploads. Ask your PSO which role you need (see the iQIES User Roles Matrix).',
      },
      { problem: 'The upload page misbehaves', fix: 'Use the latest Chrome or Edge, as CMS recommends.' },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.iqiesManuals, SRC.iqiesFaq],
    checkedOn: CHECKED_ON,
  },
];

/**
 * Detection rules (see detect-step.ts). Routes only where they were seen (domain.md §3: /vut); phrases may be
 * plausible variants of the known labels. Every byte here ships in the content script. Pages that are not a
 * step: NOT_A_STEP in rules.ts.
 */
export const iqiesRules: DetectionRule[] = [
  { step: 'iqies-sign-in', site: 'iqies', headings: ['Sign In', 'Log In', 'Login'], labels: ['User ID', 'Password'] },
  { step: 'iqies-welcome', site: 'iqies', headings: ['Welcome to iQIES'], labels: ['Request User Role'] },
  { step: 'iqies-user-category', site: 'iqies', headings: ['Select a User Category'], labels: ['User Category'] },
  { step: 'iqies-user-role', site: 'iqies', headings: ['Select a User Role'], labels: ['User Role'] },
  {
    step: 'iqies-provider',
    site: 'iqies',
    headings: ['Select a Provider', 'Select an Organization', 'Provider Search'],
    labels: ['CCN', 'CMS Certification Number'],
  },
  { step: 'iqies-request-submitted', site: 'iqies', headings: ['Request Submitted', 'Your request has been submitted'] },
  {
    step: 'iqies-manage-requests',
    site: 'iqies',
    headings: ['Pending Requests', 'Manage Requests', 'Access Requests', 'User Management'],
    labels: ['Approve', 'Reject'],
  },
  { step: 'iqies-upload-mds', site: 'iqies', route: /^\/vut\b/, headings: ['Validation Utility Tool', 'Upload Files', 'Upload MDS'] },
];
