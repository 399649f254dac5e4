import type { Step } from '../schema';
import * as SRC from './sources';
import { CHECKED_ON } from './sources';

/** Steps that happen off-site: preparing, being approved, staying active. */
export const commonSteps: Step[] = [
  {
    id: 'prepare',
    title: 'Before you start',
    summary: 'Gather what you need and make sure your facility has (or is naming) its Provider Security Officials.',
    site: 'none',
    haveReady: [
      'Your facility\'s CCN (CMS Certification Number)',
      'A work email you can open, your phone, your SSN and home address',
      'The name of your facility\'s PSO, or agreement that you will be one',
    ],
    checklist: [
      { id: 'know-ccn', label: 'I know my facility\'s CCN' },
      { id: 'know-pso', label: 'I know who our PSO is (or I am becoming the first PSO)' },
      { id: 'two-psos', label: 'Our facility plans at least two PSOs, as CMS recommends' },
      { id: 'browser', label: 'I am using the latest Chrome or Edge' },
    ],
    guidance: [
      { kind: 'text', text: 'Everyone needs their own HARP account, then an iQIES role for the facility. CMS approves a facility\'s first PSO; PSOs approve everyone else. Without a PSO, nobody at the facility can get access.' },
      { kind: 'warning', text: 'A PSO must be the provider\'s own employee, never a vendor.' },
      { kind: 'next', text: 'Next: create your HARP account at harp.cms.gov/register.' },
    ],
    problems: [
      { problem: 'Our facility has no PSO yet', fix: 'Someone employed by the facility registers and requests the PSO role first; CMS approves that first PSO.' },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.iqiesManuals],
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
    ],
    guidance: [
      { kind: 'text', text: 'You can now upload MDS assessments and view reports in iQIES, as your role allows.' },
      { kind: 'warning', text: 'Sign in to iQIES at least every 60 days, or your roles are revoked.' },
    ],
    problems: [],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.moPso, SRC.inactivePolicy],
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
    ],
    guidance: [
      { kind: 'text', text: 'Since May 2024, iQIES revokes roles after more than 60 days without a login; a warning email comes first. Your HARP account is not removed.' },
      { kind: 'tip', text: 'Lost your roles? Sign in, request the roles again, and ask your PSO to approve them.' },
    ],
    problems: [
      { problem: 'My roles vanished', fix: 'Sign in to iQIES, request your roles again, and ask your PSO to approve them.' },
    ],
    contacts: ['your-pso', 'iqies-service-center'],
    sources: [SRC.inactivePolicy],
    checkedOn: CHECKED_ON,
  },
];
