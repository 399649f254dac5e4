import type { StepId } from '../steps/ids';
import type { Track, TrackId } from './schema';

/** The steps every new user walks: HARP account, then an iQIES role request for the facility's CCN. */
const HARP_ACCOUNT: StepId[] = [
  'harp-profile',
  'harp-account',
  'harp-identity',
  'harp-confirmation',
  'harp-sign-in',
  'harp-two-factor',
];
const ROLE_REQUEST: StepId[] = [
  'iqies-sign-in',
  'iqies-welcome',
  'iqies-user-category',
  'iqies-user-role',
  'iqies-provider',
  'iqies-request-submitted',
];

/**
 * What people are doing, each an ordered list of shared steps. The intros and notes restate claims the steps
 * cite (see each step's guidance for its sources); where a source is a third party or only implies a fact, they
 * say so in the same words as the step.
 */
export const TRACKS: readonly Track[] = [
  {
    id: 'first-pso',
    title: "First PSO of a facility",
    who: "You will be your facility's first Provider Security Official (PSO); CMS approves you.",
    intro:
      "A facility's first Provider Security Official is approved by CMS, not by someone at the facility. Until a PSO is approved, nobody else at the facility can get iQIES access, so this track comes first. A PSO must be the facility's own employee, and CMS recommends at least two PSOs.",
    steps: ['prepare', ...HARP_ACCOUNT, ...ROLE_REQUEST, 'access-approved', 'pso-backup', 'iqies-manage-requests', 'stay-active'],
    notes: {
      'iqies-user-role': 'On this track you request the Provider Security Official (PSO) role.',
      'iqies-request-submitted':
        'As the first PSO, your request goes to CMS, not to anyone at your facility. We found no published figure for how long this takes; if you hear nothing for several days, ask the iQIES Service Center.',
      'access-approved': 'Next, make sure a second PSO requests the role too, so approvals never depend on one person.',
    },
  },
  {
    id: 'additional-pso',
    title: 'Backup (additional) PSO',
    who: 'Your facility already has a PSO and you will be another one; an existing PSO approves you.',
    intro:
      'CMS recommends at least two PSOs per facility, so access requests can still be approved when one PSO is away or leaves. You request the Provider Security Official role like everyone else; an existing PSO of the facility approves it.',
    steps: ['prepare', ...HARP_ACCOUNT, ...ROLE_REQUEST, 'access-approved', 'iqies-manage-requests', 'pso-backup', 'stay-active'],
    notes: {
      'iqies-user-role': 'On this track you request the Provider Security Official (PSO) role.',
      'iqies-request-submitted': "An existing PSO of your facility approves this request: tell them it is waiting.",
    },
  },
  {
    id: 'staff',
    title: 'Staff user (MDS coordinator or other staff)',
    who: 'You work at the facility and need iQIES to submit MDS assessments, Payroll-Based Journal (PBJ) staffing data or view reports; a PSO approves you.',
    intro:
      "You create a personal HARP account, then request an iQIES role for your facility's CCN. Ask your PSO which role to request before you start: the guide does not guess role names. Your facility's PSO approves the request.",
    steps: ['prepare', ...HARP_ACCOUNT, ...ROLE_REQUEST, 'access-approved', 'iqies-upload-mds', 'stay-active'],
    notes: {
      'iqies-user-role':
        'Request exactly the role your PSO named. For PBJ staffing data, a trade association lists PBJ Submitter, Provider Administrator and PBJ Viewer; your PSO says which. If you are unsure, ask before you submit.',
    },
  },
  {
    id: 'vendor',
    title: 'Vendor',
    who: 'You work for a vendor serving one or more facilities; a PSO at each facility approves you.',
    intro:
      "Vendors need their own HARP account. A trade association says they request iQIES access separately for each facility's CCN; a PSO at each facility approves. Vendors can never be Provider Security Officials: the PSO must be the facility's own employee.",
    steps: [
      'prepare',
      ...HARP_ACCOUNT,
      ...ROLE_REQUEST,
      'vendor-each-facility',
      'access-approved',
      'iqies-upload-mds',
      'stay-active',
    ],
    notes: {
      prepare: "Collect the CCN of every facility you work for, and the name of each facility's PSO.",
      'iqies-user-role':
        'Ask the PSO of the facility which role to request; for PBJ, a trade association lists "PBJ Submitter (Provider or Vendor)". Never request the PSO role: vendors cannot hold it.',
      'iqies-provider': 'One request covers one facility (CCN), a trade association says: repeat the request for each facility.',
    },
  },
  {
    id: 'pso-duties',
    title: 'PSO managing access',
    who: "You are already a PSO and approve others' requests, keep a backup PSO and keep everyone active.",
    intro:
      "As a PSO you approve or reject your facility's iQIES access requests, make sure the facility keeps two or more PSOs, handle a change of ownership, and remind everyone that iQIES revokes roles after more than 60 days without a login.",
    steps: ['iqies-sign-in', 'iqies-manage-requests', 'pso-backup', 'change-of-ownership', 'stay-active'],
    notes: {
      'stay-active': 'The 60-day rule applies to you too: if you are the only PSO and your roles lapse, most likely nobody at the facility can approve.',
    },
  },
  {
    id: 'restore-access',
    title: 'Restore access after 60 days',
    who: 'Your iQIES roles were revoked because you did not sign in for more than 60 days.',
    intro:
      'Since May 2024, iQIES revokes the roles of users who have not signed in for more than 60 days. Your HARP account stays active: you sign in and request your roles again. We found nothing published on who approves them; most likely a PSO of your facility.',
    steps: [
      'roles-revoked',
      'harp-sign-in',
      ...ROLE_REQUEST,
      'access-approved',
      'stay-active',
    ],
    notes: {
      'harp-sign-in': 'Your HARP account was not removed: use the same User ID. Forgot the password? Use password recovery.',
      'iqies-user-role': 'Request the same roles you had before (ask your PSO if you are unsure).',
      'iqies-request-submitted': 'Most likely a PSO of your facility approves the request again (we found nothing published on this). If you were the only PSO, most likely nobody at the facility can approve it: ask the iQIES Service Center how to proceed.',
    },
  },
];

const BY_ID = new Map<TrackId, Track>(TRACKS.map((t) => [t.id, t]));

export function getTrack(id: TrackId): Track | undefined {
  return BY_ID.get(id);
}
