import type { DetectionRule } from '../detect-step';
import type { Step } from '../schema';
import { CHECKED_ON } from './sources';
import { says, unread } from './words';

/** iQIES (iqies.cms.gov): sign in with HARP, request a role for the facility's CCN, get approved, work. */
export const iqiesSteps: Step[] = [
  {
    id: 'iqies-sign-in',
    title: 'iQIES: Sign in with HARP',
    summary: 'Sign in to iqies.cms.gov with your HARP User ID, password and a Security Code.',
    site: 'iqies',
    haveReady: ['Your HARP User ID and password', 'Your two-factor device', 'The latest Chrome or Edge'],
    checklist: [
      { id: 'signed-in-iqies', label: 'I signed in to iQIES with my HARP User ID and password' },
      { id: 'code-submitted', label: 'I entered my Security Code and chose "Submit"' },
      { id: 'bookmarked', label: 'I bookmarked https://iqies.cms.gov/' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'iQIES has no separate password: sign in with your HARP User ID and password, verify with two-factor authentication and choose "Submit".',
        cite: [says('mi-lara-epoc', 'login'), says('mi-lara-epoc', 'submit'), says('qtso-faq', 'afterTwoFactor')],
      },
      {
        kind: 'text',
        text: 'State-agency instructions say to use the latest Chrome or Edge for HARP and iQIES.',
        cite: [says('ky-chfs-epoc', 'browser'), says('mi-lara-epoc', 'browser')],
      },
      {
        kind: 'tip',
        text: 'Had an older CMS (EIDM) account? Sign in to HARP with it, then a second time, before requesting your iQIES role.',
        cite: [says('ky-chfs-epoc', 'secondLogin'), says('mi-lara-epoc', 'secondLogin')],
      },
      {
        kind: 'tip',
        text: 'A 2019 CMS notice pointed to an iQIES training video, "How to Create an Account". Its short link may now lead elsewhere, and the screens may have changed.',
        cite: [says('qtso-register-2019', 'video'), unread('iqies-training-video')],
      },
      {
        kind: 'next',
        text: 'The "Welcome to iQIES" page, where you choose "Request User Role".',
        cite: [says('mi-lara-epoc', 'wizard')],
      },
    ],
    problems: [
      {
        id: 'iqies-pages-broken',
        problem: 'Pages look broken or buttons do nothing',
        fix: 'Use the latest Chrome or Edge, as the state-agency instructions say.',
        cite: [says('ky-chfs-epoc', 'browser'), says('mi-lara-epoc', 'browser')],
      },
      {
        id: 'iqies-lost-password',
        problem: 'Lost password',
        fix: 'iQIES uses your HARP password: CMS points to CCSQ Support Central to recover it.',
        cite: [says('qtso-inactive-policy', 'ccsq'), says('mi-lara-epoc', 'login')],
      },
    ],
    contacts: ['iqies-service-center', 'ccsq-support-central'],
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
        text: 'Roles are requested here in iQIES, not in HARP: "Request User Role", then "Select a User Category", then "Select a User Role".',
        cite: [says('mi-lara-epoc', 'wizard'), says('mi-lara-epoc', 'role'), says('harp-help', 'loginOnly')],
      },
      {
        kind: 'tip',
        text: 'State agencies show these screens for the ePOC role. Requests for other roles most likely use the same screens; if yours look different, follow the page.',
        cite: [says('mi-lara-epoc', 'wizard'), says('ky-chfs-epoc', 'epocRole')],
      },
      { kind: 'next', text: 'Select a user category.', cite: [says('mi-lara-epoc', 'wizard')] },
    ],
    problems: [
      {
        id: 'roles-gone',
        problem: 'I had roles before and now have none',
        fix: 'iQIES revokes roles after more than 60 days without a login. CMS says to re-request your user role(s) here; a PSO of your facility will most likely need to approve them again.',
        cite: [says('qtso-inactive-policy', 'audits'), says('qtso-inactive-policy', 'restore')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
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
      {
        kind: 'text',
        text: 'Facility staff and PSOs request provider roles, so they pick "Provider", then "Next".',
        cite: [says('mi-lara-epoc', 'wizard')],
      },
      {
        kind: 'tip',
        text: 'Vendors: ask the PSO of the facility which category and role to pick if "Provider" does not fit; the PSO approves vendors\' requests too.',
        cite: [says('mo-15761', 'psoRole')],
      },
      { kind: 'next', text: 'Select a user role.', cite: [says('mi-lara-epoc', 'role')] },
    ],
    problems: [
      {
        id: 'which-category',
        problem: 'I am not sure which category I belong to',
        fix: 'Ask your PSO before you go on. The iQIES Onboarding Process – Provider User Roles Manual on QTSO has more on roles.',
        cite: [says('mehca-pbj', 'manual'), unread('qtso-manuals')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
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
      { id: 'pbj-role', label: 'If I submit Payroll-Based Journal (PBJ) data: I asked my PSO which PBJ role to request' },
      { id: 'role-next', label: 'I chose "Next"' },
    ],
    guidance: [
      {
        kind: 'warning',
        text: "This guide does not list MDS role names: the roles and their descriptions are in CMS's iQIES User Roles Matrix on the QTSO website. Ask your PSO which role to request.",
        cite: [says('ky-chfs-epoc', 'matrix'), unread('qtso-manuals')],
      },
      {
        kind: 'text',
        text: "Only the provider's own employees can be Provider Security Officials (PSOs); vendors never can.",
        cite: [says('mo-15761', 'notVendor')],
      },
      {
        kind: 'text',
        text: 'Plans of correction (ePOC) moved to iQIES on 14 July 2025: for them, nursing homes request the role "Provider ePOC Administrator".',
        cite: [says('ky-chfs-epoc', 'epocRole'), says('ky-chfs-epoc', 'epocDate')],
      },
      {
        kind: 'text',
        text: 'CMS announced that Payroll-Based Journal (PBJ) staffing data would move to iQIES on 17 August 2026, with PBJ roles you must register for before you can submit. A trade association lists them: PBJ Submitter (Provider or Vendor), Provider Administrator and PBJ Viewer. Request one only if your PSO asks you to.',
        cite: [says('qtso-pbj-notice', 'launch'), says('qtso-pbj-notice', 'register'), says('mehca-pbj', 'roles')],
      },
      {
        kind: 'next',
        text: 'Published instructions stop at "Select a User Role". Most likely you then choose your facility, for example by its CCN, and submit the request; follow the page.',
        cite: [says('mi-lara-epoc', 'role'), says('mo-16002', 'ccn')],
      },
    ],
    problems: [
      {
        id: 'which-role',
        problem: 'I do not know which role to pick',
        fix: 'Ask your PSO before you submit, or look the role up in the iQIES User Roles Matrix. A first PSO picks Provider Security Official.',
        cite: [says('ky-chfs-epoc', 'matrix'), says('mo-15761', 'firstPso')],
      },
      {
        id: 'wrong-role',
        problem: 'I requested the wrong role',
        fix: 'Tell your PSO before they approve it: PSOs approve or reject requests, so they can reject it; then request the right one.',
        cite: [says('mo-15761', 'psoRole'), says('qtso-security-official-2019', 'approveReject')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
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
        text: "Published instructions show the role wizard up to \"Select a User Role\"; the provider screen after it is not documented in detail. A state notice says you request your role for your provider's CMS Certification Number (CCN): expect to identify your facility, most likely by CCN, then submit.",
        cite: [says('mi-lara-epoc', 'role'), says('mo-16002', 'ccn')],
      },
      {
        kind: 'tip',
        text: 'Vendors: a trade association says vendors request access for each facility they represent, by its CCN. Repeat the request for each CCN you work for.',
        cite: [says('mehca-pbj', 'vendors')],
      },
      {
        kind: 'next',
        text: "Wait for approval. CMS approves a facility's first PSO; a PSO approves everyone else.",
        cite: [says('mo-15761', 'firstPso'), says('mo-15761', 'noAccess')],
      },
    ],
    problems: [
      {
        id: 'cannot-find-facility',
        problem: 'I cannot find my facility',
        fix: 'Check the CCN with your administrator or PSO and try again. If it still does not appear, contact the iQIES Service Center at 1-800-339-9313.',
        cite: [says('mo-16002', 'ccn'), says('qtso-inactive-policy', 'contact')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
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
        text: 'You get an email when the request is approved. In 2023, approvals and rejections took up to 24 hours to show in the request status.',
        cite: [says('mo-16002', 'approved'), says('mo-16002', 'status24')],
      },
      {
        kind: 'warning',
        text: "We found no published answer on how long CMS takes to approve a first PSO, what the request's status labels mean, or what a rejection email looks like. Ask your PSO, or the iQIES Service Center if you are the first PSO.",
        cite: [says('mo-15761', 'firstPso'), says('mo-16002', 'status24')],
      },
      {
        kind: 'tip',
        text: 'Rejected? Requests can be approved or rejected. Ask your PSO why, then request the right role.',
        cite: [says('mo-16002', 'status24'), says('mo-15761', 'psoRole')],
      },
      {
        kind: 'tip',
        text: 'No email yet? Check your spam folder. We found no published guidance on this; if it is taking long, ask your PSO or the iQIES Service Center.',
        cite: [says('mo-16002', 'approved')],
      },
      {
        kind: 'next',
        text: 'When the approval email arrives, sign in to iQIES again: your role should be active.',
        cite: [says('mo-16002', 'approved')],
      },
    ],
    problems: [
      {
        id: 'status-not-updating',
        problem: 'Status not updating',
        fix: 'Allow up to 24 hours (status changes took that long in 2023), then contact your PSO, or the iQIES Service Center for a first PSO.',
        cite: [says('mo-16002', 'status24')],
      },
      {
        id: 'no-pso-for-request',
        problem: 'Our facility has no PSO yet',
        fix: "CMS approves a facility's first PSO, and no user is granted access until a PSO approves the request. Make sure one of the facility's employees requests the PSO role.",
        cite: [says('mo-15761', 'firstPso'), says('mo-15761', 'noAccess')],
      },
      {
        id: 'pso-away',
        problem: 'Our only PSO is away',
        fix: 'A sole PSO approves every request, so most likely nobody at your facility can approve yours until they are back. This is why CMS recommends at least two PSOs. If it cannot wait, ask the iQIES Service Center.',
        cite: [says('qtso-security-official-2019', 'sole'), says('mo-15761', 'twoPsos')],
      },
      {
        id: 'approval-email-never-came',
        problem: 'The approval email never came',
        fix: 'We found no published guidance on this. Check spam and mail filters, sign in to iQIES to see whether the role is active, then ask your PSO.',
        cite: [says('mo-16002', 'approved')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
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
        text: "We found no published description of today's approval screens in iQIES. In 2019 PSOs approved in HARP, under \"Security Official\" and \"Pending Requests\"; today approvals are probably made inside iQIES, for example under a user management menu.",
        cite: [says('qtso-security-official-2019', 'inHarp'), says('qtso-security-official-2019', 'screens')],
      },
      {
        kind: 'warning',
        text: 'A sole PSO must approve every request, and a 2019 CMS guide sets no limit on how many PSOs you can have. CMS recommends at least two per facility.',
        cite: [says('qtso-security-official-2019', 'sole'), says('qtso-security-official-2019', 'noLimit'), says('mo-15761', 'twoPsos')],
      },
      {
        kind: 'tip',
        text: 'Approve requests only for your own organization, vendors included, and never give a vendor the PSO role.',
        cite: [says('mo-15761', 'psoRole'), says('mo-15761', 'notVendor')],
      },
      {
        kind: 'tip',
        text: 'For PBJ, a trade association says the PSO role can view, upload and edit PBJ data, and approves user access.',
        cite: [says('mehca-pbj', 'pso')],
      },
    ],
    problems: [
      {
        id: 'cannot-find-pending',
        problem: 'I cannot find the pending requests',
        fix: 'Look for a user management or pending requests menu in iQIES. The iQIES Onboarding Process – Provider User Roles Manual on QTSO may cover approvals; the iQIES Service Center can help.',
        cite: [says('mehca-pbj', 'manual'), says('qtso-inactive-policy', 'contact')],
      },
      {
        id: 'unknown-requester',
        problem: 'I do not recognise the requester',
        fix: 'Do not approve it. Check with your administrator first; reject the request if nobody knows the person.',
        cite: [says('qtso-security-official-2019', 'approveReject')],
      },
    ],
    contacts: ['iqies-service-center'],
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
        text: 'MDS submission moved from QIES to iQIES in April 2023: QIES stopped accepting MDS files on 13 April 2023 at 8:00 p.m. ET, and iQIES took over on 17 April 2023.',
        cite: [says('mo-16002', 'dates')],
      },
      {
        kind: 'text',
        text: 'PBJ staffing data followed: CMS announced that from 17 August 2026, PBJ files for Fiscal Quarter 4 go to iQIES only.',
        cite: [says('qtso-pbj-notice', 'quarter')],
      },
      {
        kind: 'warning',
        text: 'Sign in at least every 60 days, even in quiet periods, or your roles are revoked.',
        cite: [says('qtso-inactive-policy', 'audits'), says('qtso-pbj-notice', 'sixty')],
      },
    ],
    problems: [
      {
        id: 'cannot-find-upload',
        problem: 'I cannot find the upload',
        fix: 'Your role may not include uploads. Ask your PSO which role you need (see the iQIES User Roles Matrix).',
        cite: [says('ky-chfs-epoc', 'matrix')],
      },
      {
        id: 'upload-misbehaves',
        problem: 'The upload page misbehaves',
        fix: 'Use the latest Chrome or Edge, as the state-agency instructions say.',
        cite: [says('ky-chfs-epoc', 'browser'), says('mi-lara-epoc', 'browser')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    checkedOn: CHECKED_ON,
  },
];

/**
 * Detection rules (see detect-step.ts). Routes only where they were seen on the real site (/vut, the Validation
 * Utility Tool); phrases follow the screen labels in state-agency instructions ("Welcome to iQIES", "Request User
 * Role", "Select a User Category", "Select a User Role") or are plausible variants of them. Every byte here ships
 * in the content script. Pages that are not a step: NOT_A_STEP in rules.ts.
 */
export const iqiesRules: DetectionRule[] = [
  { step: 'iqies-sign-in', site: 'iqies', headings: ['Sign In', 'Log In', 'Login', 'Security Code'], labels: ['User ID', 'Password'] },
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
