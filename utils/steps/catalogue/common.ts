import type { Step } from '../schema';
import * as SRC from './sources';
import { CHECKED_ON } from './sources';

/** Steps that happen off-site: preparing, being approved, staying active, and the PSO's and vendor's extra work. */
export const commonSteps: Step[] = [
  {
    id: 'prepare',
    title: 'Before you start',
    summary: 'Gather what you need and make sure your facility has (or is naming) its Provider Security Officials.',
    site: 'none',
    haveReady: [
      "Your facility's CCN (CMS Certification Number)",
      'A work email you can open (a personal email only if your facility has no company email domain)',
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
      },
      { kind: 'warning', text: 'Without an approved PSO, nobody at the facility can get iQIES access. Name your PSOs first.' },
      { kind: 'warning', text: "A PSO must be the provider's own employee, never a vendor or consultant." },
      { kind: 'tip', text: 'The whole process may take several days, and approval depends on other people. Start early.' },
      { kind: 'next', text: 'Next: create your personal HARP account at harp.cms.gov/register.' },
    ],
    problems: [
      {
        problem: 'Our facility has no PSO yet',
        fix: "One of the facility's own employees registers and requests the Provider Security Official role first; CMS approves that first PSO. Everyone else waits for it.",
      },
      {
        problem: 'Pages look broken or buttons do nothing',
        fix: 'CMS recommends the latest Chrome or Edge. Update your browser or switch to one of them.',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesManuals, SRC.harpConfluence],
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
      { kind: 'text', text: 'You can now upload MDS assessments and view reports in iQIES, as your role allows.' },
      { kind: 'warning', text: 'Sign in to iQIES at least every 60 days, or your roles are revoked.' },
      {
        kind: 'next',
        text: 'Staff: upload MDS assessments in iQIES. PSOs: approve the requests that come in and make sure the facility has a backup PSO.',
      },
    ],
    problems: [
      {
        problem: 'I never saw the approval email',
        fix: 'CMS publishes no guidance on this. Check your spam or junk folder and any mail filters, then sign in to iQIES: your role may already be active. If not, ask your PSO (or the iQIES Service Center if you are the first PSO).',
      },
      {
        problem: 'I signed in but I cannot see my facility or role',
        fix: 'Status changes have taken up to 24 hours at busy times. Sign out, wait a day and sign in again; then ask your PSO.',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.inactivePolicy, SRC.iqiesFaq],
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
        text: 'Since May 2024, iQIES revokes your roles after more than 60 days without an iQIES login; a warning email comes first. Your HARP account is not removed.',
      },
      { kind: 'tip', text: 'A recurring calendar reminder every few weeks is enough. What counts is signing in to iQIES.' },
      { kind: 'warning', text: 'PSOs too: if every PSO of a facility lapses, nobody is left to approve requests.' },
    ],
    problems: [
      {
        problem: 'My roles vanished',
        fix: 'After more than 60 days without an iQIES login, roles are revoked. Sign in to iQIES, request your roles again, and ask your PSO to approve them (the "Restore access" track walks you through it).',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.inactivePolicy, SRC.iqiesFaq],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'vendor-each-facility',
    title: 'Vendors: one request per facility',
    summary: "A vendor's iQIES access is per facility: send a role request for each CCN; a PSO at each facility approves it.",
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
        text: "State-agency guidance says vendors request access separately for each facility's CCN, and a PSO at each facility approves it.",
      },
      { kind: 'warning', text: "Vendors can never be PSOs: a PSO must be the facility's own employee. Do not request the PSO role." },
      {
        kind: 'tip',
        text: 'Adding a facility later usually means signing in to iQIES and going through "Request User Role" again for that CCN.',
      },
      { kind: 'next', text: 'Next: wait for each facility\'s PSO to approve; you get an email for each approval.' },
    ],
    problems: [
      {
        problem: 'A facility has no PSO yet',
        fix: "Nobody can approve you there until one of the facility's own employees becomes its PSO (CMS approves that first PSO). Ask the facility to name one.",
      },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesManuals],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'pso-backup',
    title: 'Keep two or more PSOs',
    summary: 'CMS recommends at least two PSOs per facility, so approvals never stop when one is away or leaves.',
    site: 'none',
    haveReady: ['The names of the employees who could act as PSO'],
    checklist: [
      { id: 'count-psos', label: 'I know how many PSOs our facility has' },
      { id: 'backup-named', label: 'A second employee is a PSO, or is registering as one' },
      { id: 'staff-know-psos', label: 'Our staff know who our PSOs are' },
    ],
    guidance: [
      { kind: 'text', text: 'CMS recommends that every facility has at least two Provider Security Officials.' },
      {
        kind: 'warning',
        text: 'If the only PSO leaves, is away, or loses their roles after 60 days without an iQIES login, nobody can approve access requests for the facility.',
      },
      {
        kind: 'tip',
        text: 'The backup PSO follows the "Backup (additional) PSO" track in this guide; an existing PSO approves their request.',
      },
    ],
    problems: [
      {
        problem: 'Our only PSO left or is away for a long time',
        fix: 'Another employee requests the Provider Security Official role. With no PSO left to approve it, it may need CMS approval, as for a first PSO: ask the iQIES Service Center how to proceed.',
      },
    ],
    contacts: ['iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesManuals],
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
        text: 'State-agency guidance: if the CCN stays the same, nothing changes for iQIES access. If there is a new CCN, the provider needs a PSO for it, set up like a first PSO.',
      },
      {
        kind: 'warning',
        text: 'This comes from third-party guidance, not a CMS page. Confirm your case with the iQIES Service Center.',
      },
    ],
    problems: [],
    contacts: ['iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesFaq],
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
        text: 'Since May 2024, iQIES revokes the roles of users who have not signed in for more than 60 days (a warning email comes first). To get them back: sign in, request the roles again, and a PSO approves them again.',
      },
      { kind: 'tip', text: 'Forgot your password in the meantime? Use HARP password recovery or CCSQ Support Central.' },
      { kind: 'next', text: 'Next: sign in to HARP and iQIES with your existing account. Do not register a new one.' },
    ],
    problems: [
      {
        problem: 'I was the only PSO and my roles lapsed',
        fix: 'Nobody at the facility can approve your new request. Ask the iQIES Service Center how to proceed, and once you are back, set up a backup PSO.',
      },
    ],
    contacts: ['your-pso', 'iqies-service-center', 'ccsq-support-central'],
    sources: [SRC.inactivePolicy, SRC.iqiesFaq],
    checkedOn: CHECKED_ON,
  },
];
