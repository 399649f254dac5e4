import type { Step } from '../schema';
import { CHECKED_ON } from './sources';
import { says, unread } from './words';

/** Steps that happen off-site: preparing, being approved, staying active, and the PSO's and vendor's extra work. */
export const commonSteps: Step[] = [
  {
    id: 'prepare',
    title: 'Before you start',
    summary: 'Gather what you need and make sure your facility has (or is naming) its Provider Security Officials.',
    site: 'none',
    haveReady: [
      "Your facility's CCN (CMS Certification Number)",
      'A work email you can open (a personal email only if your facility handles 2 or fewer providers and has no company email domain)',
      'Your mobile phone, your Social Security Number and your current home address',
      "The name of your facility's PSO, or agreement that you will be one",
      'The latest Chrome or Edge',
    ],
    checklist: [
      { id: 'know-ccn', label: "I know my facility's CCN" },
      { id: 'know-pso', label: 'I know who our PSO is (or I am becoming the first PSO)' },
      { id: 'two-psos', label: 'Our facility plans at least two PSOs, as CMS recommends' },
      { id: 'browser', label: 'I am using the latest Chrome or Edge' },
      { id: 'pso-is-employee', label: "Our PSOs are the facility's own employees (a vendor can never be a PSO)" },
      { id: 'asked-role', label: 'Staff and vendors: I asked our PSO which iQIES role to request' },
    ],
    guidance: [
      {
        kind: 'text',
        text: "Everyone needs their own HARP account (HARP is CMS's sign-in system), then requests an iQIES role for the facility's CCN inside iQIES. CMS approves a facility's first Provider Security Official (PSO); a PSO approves everyone else.",
        cite: [says('mo-15761', 'firstPso'), says('mo-16002', 'ccn'), says('harp-help', 'loginOnly')],
      },
      {
        kind: 'warning',
        text: 'Without an approved PSO, nobody at the facility can get iQIES access. Name your PSOs first: CMS recommends at least two, and a 2019 CMS guide sets no limit on how many a facility can have.',
        cite: [says('mo-15761', 'blocked'), says('mo-15761', 'twoPsos'), says('qtso-security-official-2019', 'noLimit')],
      },
      { kind: 'warning', text: "A PSO must be the provider's own employee, never a vendor.", cite: [says('mo-15761', 'notVendor')] },
      {
        kind: 'text',
        text: 'Use a work email. A personal email is allowed only when both are true: your facility handles 2 or fewer providers, and it has no company email domain.',
        cite: [says('mo-16002', 'corporate'), says('mo-16002', 'email')],
      },
      {
        kind: 'tip',
        text: 'Start early: approval depends on other people. We found no published figure for how long approval takes, not even for a first PSO.',
        cite: [says('mo-15761', 'firstPso'), says('mo-16002', 'status24')],
      },
      {
        kind: 'next',
        text: 'Create your personal HARP account at harp.cms.gov/register. A 2020 CMS notice says registration takes "anywhere from 5 to 15 minutes".',
        cite: [says('mo-16002', 'register'), says('mat-harp', 'minutes')],
      },
    ],
    problems: [
      {
        id: 'no-pso-yet',
        problem: 'Our facility has no PSO yet',
        fix: "One of the facility's own employees registers and requests the Provider Security Official role first; CMS approves that first PSO. Everyone else waits for it.",
        cite: [says('mo-15761', 'firstPso'), says('mo-15761', 'notVendor'), says('mo-15761', 'blocked')],
      },
      {
        id: 'pages-broken',
        problem: 'Pages look broken or buttons do nothing',
        fix: 'State-agency instructions say to use the latest Chrome or Edge for HARP and iQIES. Update your browser or switch to one of them.',
        cite: [says('ky-chfs-epoc', 'browser'), says('mi-lara-epoc', 'browser')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'access-approved',
    title: 'Access approved',
    summary: 'The approval email arrived and your iQIES role is active.',
    site: 'none',
    haveReady: [],
    checklist: [
      { id: 'approval-email', label: 'I received the approval email' },
      { id: 'role-visible', label: 'I signed in to iQIES and can see my facility' },
      { id: 'noted-sign-in', label: 'I noted today as my last iQIES sign-in (the 60-day clock starts)' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'You can now upload MDS assessments and view reports in iQIES, as your role allows.',
        cite: [says('mo-16002', 'dates'), says('mo-16002', 'approved')],
      },
      {
        kind: 'warning',
        text: 'Sign in to iQIES at least every 60 days, or your roles are revoked.',
        cite: [says('qtso-inactive-policy', 'audits'), says('qtso-inactive-policy', 'revoked'), says('qtso-pbj-notice', 'sixty')],
      },
      {
        kind: 'next',
        text: 'Staff: upload MDS assessments in iQIES. PSOs: approve the requests that come in and make sure the facility has a backup PSO.',
        cite: [says('mo-15761', 'psoRole'), says('mo-15761', 'twoPsos')],
      },
    ],
    problems: [
      {
        id: 'approval-email-missing',
        problem: 'I never saw the approval email',
        fix: 'We found no published guidance on this. Check your spam or junk folder and any mail filters, then sign in to iQIES: your role may already be active. If not, ask your PSO (or the iQIES Service Center if you are the first PSO).',
        cite: [says('mo-16002', 'approved')],
      },
      {
        id: 'no-facility-or-role',
        problem: 'I signed in but I cannot see my facility or role',
        fix: 'In 2023, status changes took up to 24 hours. Sign out, wait a day and sign in again; then ask your PSO.',
        cite: [says('mo-16002', 'status24')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'stay-active',
    title: 'Stay active: sign in every 60 days',
    summary: 'iQIES revokes roles after more than 60 days without a login; your HARP account stays.',
    site: 'none',
    haveReady: [],
    checklist: [
      { id: 'calendar-reminder', label: 'I set a reminder to sign in to iQIES well within 60 days' },
      { id: 'know-restore', label: 'I know how to restore access if my roles lapse' },
      { id: 'team-knows', label: 'PSOs: the people I approved know about the 60-day rule' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Since May 2024, iQIES revokes your roles after more than 60 days without an iQIES login; a warning email comes first. CMS repeated the rule in 2026.',
        cite: [says('qtso-inactive-policy', 'begin'), says('qtso-inactive-policy', 'revoked'), says('qtso-pbj-notice', 'sixty')],
      },
      {
        kind: 'text',
        text: 'CMS checks for inactive users "on a regular basis", so roles may be removed some time after day 60 rather than on the day itself. Your HARP account stays active either way.',
        cite: [says('qtso-inactive-policy', 'audits'), says('qtso-inactive-policy', 'harpStays')],
      },
      { kind: 'tip', text: 'CMS asks you to sign in to iQIES regularly: if they lapse, re-requesting your roles can bring delays. A calendar reminder every few weeks helps; what counts is signing in to iQIES itself.', cite: [says('qtso-inactive-policy', 'delays')] },
      {
        kind: 'warning',
        text: 'PSOs too: a PSO who does not log in loses their iQIES roles like anyone else. If every PSO of a facility lapses, most likely nobody is left to approve requests.',
        cite: [says('qtso-inactive-policy', 'revoked'), says('mo-15761', 'noAccess')],
      },
    ],
    problems: [
      {
        id: 'roles-vanished',
        problem: 'My roles vanished',
        fix: 'After more than 60 days without an iQIES login, roles are revoked. Sign in to iQIES and re-request your roles (this guide\'s track for restoring access walks you through it); CMS warns of "potential delays" then. A PSO of your facility will most likely need to approve them again.',
        cite: [says('qtso-inactive-policy', 'audits'), says('qtso-inactive-policy', 'restore'), says('qtso-inactive-policy', 'delays')],
      },
      {
        id: 'forgot-harp-password',
        problem: 'I forgot my HARP password',
        fix: 'CCSQ Support Central recovers HARP passwords, and also opens and tracks help tickets. The HARP sign-in page most likely has its own recovery link too.',
        cite: [says('qtso-inactive-policy', 'ccsq')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center', 'ccsq-support-central'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'vendor-each-facility',
    title: 'Vendors: working for several facilities',
    summary: "A trade association says a vendor's iQIES access is per facility: a role request for each CCN, approved by a PSO at that facility.",
    site: 'none',
    haveReady: ['The CCN of every facility you work for', "The name of each facility's PSO"],
    checklist: [
      { id: 'list-ccns', label: 'I listed every facility (CCN) I need access to' },
      { id: 'request-each', label: 'I sent a role request for each facility' },
      { id: 'told-each-pso', label: 'I told the PSO at each facility that my request is waiting' },
    ],
    guidance: [
      {
        kind: 'text',
        text: "A trade association (Maine Health Care Association, 2026) says vendors request access separately for each facility's CCN, and a PSO at each facility approves it. A state notice of CMS's rules says only that a facility's PSO approves requests, vendors' included.",
        cite: [says('mehca-pbj', 'vendors'), says('mo-15761', 'psoRole')],
      },
      {
        kind: 'warning',
        text: "Vendors can never be PSOs: a PSO must be the facility's own employee. Do not request the PSO role.",
        cite: [says('mo-15761', 'notVendor')],
      },
      {
        kind: 'tip',
        text: 'Adding a facility later most likely means signing in to iQIES and going through "Request User Role" again for that CCN.',
        cite: [says('mehca-pbj', 'vendors'), says('mi-lara-epoc', 'wizard')],
      },
      {
        kind: 'next',
        text: "Wait for each facility's PSO to approve; you get an email when a request is approved.",
        cite: [says('mo-15761', 'psoRole'), says('mo-16002', 'approved')],
      },
    ],
    problems: [
      {
        id: 'facility-without-pso',
        problem: 'A facility has no PSO yet',
        fix: "Nobody can approve you there until one of the facility's own employees becomes its PSO (CMS approves that first PSO). Ask the facility to name one.",
        cite: [says('mo-15761', 'blocked'), says('mo-15761', 'firstPso'), says('mo-15761', 'notVendor')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'pso-backup',
    title: 'Keep two or more PSOs',
    summary: 'CMS recommends at least two PSOs per facility, so someone is more likely to be there to approve requests when one PSO is away or leaves.',
    site: 'none',
    haveReady: ['The names of the employees who could act as PSO'],
    checklist: [
      { id: 'count-psos', label: 'I know how many PSOs our facility has' },
      { id: 'backup-named', label: 'A second employee is a PSO, or is registering as one' },
      { id: 'staff-know-psos', label: 'Our staff know who our PSOs are' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'CMS recommends that every facility has at least two Provider Security Officials. A 2019 CMS guide sets no limit on how many it can have.',
        cite: [says('mo-15761', 'twoPsos'), says('qtso-security-official-2019', 'noLimit')],
      },
      {
        kind: 'warning',
        text: 'A sole PSO must approve every request for the facility. If the only PSO leaves, is away, or loses their roles after 60 days without an iQIES login, most likely nobody at the facility can approve access requests.',
        cite: [says('qtso-security-official-2019', 'sole'), says('qtso-inactive-policy', 'revoked')],
      },
      {
        kind: 'tip',
        text: 'The backup PSO follows this guide\'s track for an additional PSO; an existing PSO approves their request.',
        cite: [says('mo-15761', 'firstPso')],
      },
    ],
    problems: [
      {
        id: 'only-pso-left',
        problem: 'Our only PSO left or is away for a long time',
        fix: 'Another employee requests the Provider Security Official role. With no PSO left to approve it, it may need CMS approval, as for a first PSO; we found nothing published on this case. Ask the iQIES Service Center how to proceed.',
        cite: [says('mo-15761', 'firstPso'), says('qtso-security-official-2019', 'sole')],
      },
    ],
    contacts: ['iqies-service-center'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'change-of-ownership',
    title: 'Change of ownership',
    summary: 'When a facility changes owner, what happens to iQIES access depends on whether its CCN changes.',
    site: 'none',
    haveReady: ['The CCN before and after the change of ownership'],
    checklist: [
      { id: 'ccn-checked', label: 'I checked whether the CCN changes with the new owner' },
      { id: 'new-ccn-pso', label: 'If the CCN is new: a PSO is being set up for the new CCN' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Same CCN: a trade association (AAPACN) reports CMS officials\' answer at a CMS Open Door Forum, quoting CMS\'s RAI User\'s Manual: staff "continue to use the same … user IDs". By that answer, nothing needs to be set up again for iQIES.',
        cite: [says('aapacn-chow', 'sameCcn'), says('aapacn-chow', 'rai'), unread('tx-hhs-chow')],
      },
      {
        kind: 'text',
        text: 'New CCN: the same report says to "reapply for a Provider Security Official under the new CCN", and the new owner completes the admission (entry) assessments.',
        cite: [says('aapacn-chow', 'newCcn'), says('aapacn-chow', 'admission'), unread('tx-hhs-chow')],
      },
      {
        kind: 'warning',
        text: 'This is CMS officials\' answer as a trade association (AAPACN) reports it, not a CMS page; a Texas HHS page on it could not be opened. Whether a new-CCN PSO is approved by CMS, like a first PSO, we found nothing published: confirm your case with the iQIES Service Center.',
        cite: [says('aapacn-chow', 'sameCcn'), says('aapacn-chow', 'newCcn'), unread('tx-hhs-chow')],
      },
    ],
    problems: [
      {
        id: 'new-ccn-no-pso',
        problem: 'We have a new CCN and no PSO for it',
        fix: 'Nobody can be approved for the new CCN until it has a PSO. An employee of the new owner requests the Provider Security Official role for the new CCN; ask the iQIES Service Center who approves it.',
        cite: [says('aapacn-chow', 'newCcn'), says('mo-15761', 'blocked')],
      },
    ],
    contacts: ['iqies-service-center'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'roles-revoked',
    title: 'Roles revoked after 60 days',
    summary: 'iQIES removed your roles because you did not sign in for more than 60 days. Your HARP account still works.',
    site: 'none',
    haveReady: ['Your HARP User ID and password', 'Your two-factor device', 'The roles and facilities (CCNs) you had'],
    checklist: [
      { id: 'harp-still-works', label: 'I know my HARP User ID still works (it was not removed)' },
      { id: 'know-old-roles', label: 'I know which roles and facilities to request again' },
      { id: 'pso-expecting', label: 'I told my PSO to expect my request' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Since May 2024, iQIES revokes the roles of users who have not signed in for more than 60 days (a warning email comes first). Your HARP credentials stay active.',
        cite: [says('qtso-inactive-policy', 'begin'), says('qtso-inactive-policy', 'revoked'), says('qtso-inactive-policy', 'harpStays')],
      },
      {
        kind: 'text',
        text: 'CMS says to "re-request your user role(s)": sign in and request them again. We found nothing published on who approves them; most likely a PSO of your facility, as for any request.',
        cite: [says('qtso-inactive-policy', 'restore'), says('mo-15761', 'noAccess')],
      },
      {
        kind: 'tip',
        text: 'Forgot your password in the meantime? Use HARP password recovery or CCSQ Support Central.',
        cite: [says('qtso-inactive-policy', 'ccsq')],
      },
      {
        kind: 'next',
        text: 'Sign in to HARP and iQIES with your existing account. Do not register a new one.',
        cite: [says('qtso-inactive-policy', 'harpStays'), says('qtso-inactive-policy', 'restore')],
      },
    ],
    problems: [
      {
        id: 'only-pso-lapsed',
        problem: 'I was the only PSO and my roles lapsed',
        fix: 'Most likely nobody at the facility can approve your new request, and we found nothing published on what happens then. Ask the iQIES Service Center how to proceed, and once you are back, set up a backup PSO.',
        cite: [says('qtso-security-official-2019', 'sole'), says('qtso-inactive-policy', 'revoked')],
      },
    ],
    contacts: ['your-pso', 'iqies-service-center', 'ccsq-support-central'],
    checkedOn: CHECKED_ON,
  },
];
