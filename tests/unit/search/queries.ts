import type { StepId } from '@/utils/steps/ids';
import type { ContactId } from '@/utils/steps/schema';

/**
 * What people type when something went wrong, in their words (from the problems facility staff, PSOs and vendors
 * report), and what a good answer is: one of these steps, and where the guide has the problem, one of these problems
 * (a contact for questions about whom to call).
 */
export interface Query {
  q: string;
  steps: StepId[];
  problems?: string[];
  contacts?: ContactId[];
}

export const QUERIES: Query[] = [
  { q: 'no code on my phone', steps: ['harp-two-factor'], problems: ['lost-phone'] },
  { q: "didn't get the security code", steps: ['harp-two-factor'], problems: ['lost-phone'] },
  { q: 'verification code', steps: ['harp-two-factor'] },
  { q: '2FA', steps: ['harp-two-factor'] },
  { q: 'got a new phone', steps: ['harp-two-factor'], problems: ['lost-phone'] },
  { q: 'locked out', steps: ['harp-sign-in'], problems: ['locked-out'] },
  { q: 'my account is locked', steps: ['harp-sign-in'], problems: ['locked-out'] },
  { q: 'email already used', steps: ['harp-profile'], problems: ['email-exists'] },
  { q: 'it says my email is already registered', steps: ['harp-profile'], problems: ['email-exists'] },
  { q: 'old EIDM account', steps: ['harp-profile'], problems: ['forgot-eidm-login', 'email-exists'] },
  { q: 'our PSO quit', steps: ['pso-backup', 'iqies-request-submitted'], problems: ['only-pso-left', 'pso-away'] },
  { q: 'PSO left the company', steps: ['pso-backup', 'iqies-request-submitted'], problems: ['only-pso-left', 'pso-away'] },
  { q: 'PSO on vacation', steps: ['iqies-request-submitted', 'pso-backup'], problems: ['pso-away', 'only-pso-left'] },
  { q: 'forgot user id', steps: ['harp-sign-in'], problems: ['locked-out'] },
  {
    q: 'forgot my password',
    steps: ['harp-sign-in', 'iqies-sign-in', 'stay-active'],
    problems: ['harp-lost-password', 'iqies-lost-password', 'forgot-harp-password'],
  },
  {
    q: 'reset password',
    steps: ['harp-sign-in', 'iqies-sign-in', 'stay-active'],
    problems: ['harp-lost-password', 'iqies-lost-password', 'forgot-harp-password'],
  },
  { q: 'password not accepted', steps: ['harp-account'], problems: ['password-rejected'] },
  { q: 'want to change my username', steps: ['harp-account'], problems: ['regret-user-id'] },
  { q: "don't want to give SSN", steps: ['harp-profile'], problems: ['no-ssn'] },
  { q: 'social security number', steps: ['harp-profile'], problems: ['no-ssn'] },
  { q: 'failed identity questions', steps: ['harp-identity'], problems: ['identity-not-verified'] },
  { q: 'experian could not verify me', steps: ['harp-identity'], problems: ['identity-not-verified'] },
  { q: 'manual proofing documents', steps: ['harp-identity'], problems: ['manual-proofing-details'] },
  { q: 'no confirmation email', steps: ['harp-confirmation'], problems: ['no-confirmation-email'] },
  { q: "can't find my facility", steps: ['iqies-provider'], problems: ['cannot-find-facility'] },
  { q: 'CCN not found', steps: ['iqies-provider'], problems: ['cannot-find-facility'] },
  { q: 'roles disappeared', steps: ['stay-active', 'iqies-welcome', 'roles-revoked'], problems: ['roles-vanished', 'roles-gone'] },
  { q: 'lost access after 60 days', steps: ['roles-revoked', 'stay-active', 'iqies-welcome'], problems: ['roles-vanished', 'roles-gone'] },
  { q: 'I was the only PSO and my access expired', steps: ['roles-revoked'], problems: ['only-pso-lapsed'] },
  { q: 'approval never came', steps: ['iqies-request-submitted', 'access-approved'], problems: ['approval-email-never-came', 'approval-email-missing'] },
  { q: 'status stuck', steps: ['iqies-request-submitted'], problems: ['status-not-updating'] },
  { q: 'request still pending', steps: ['iqies-request-submitted'] },
  { q: 'signed in but no facility', steps: ['access-approved'], problems: ['no-facility-or-role'] },
  { q: 'which role do I pick', steps: ['iqies-user-role'], problems: ['which-role'] },
  { q: 'picked the wrong role', steps: ['iqies-user-role'], problems: ['wrong-role'] },
  { q: 'which category am I', steps: ['iqies-user-category'], problems: ['which-category'] },
  { q: 'we have no PSO', steps: ['prepare', 'iqies-request-submitted', 'vendor-each-facility'], problems: ['no-pso-yet', 'no-pso-for-request', 'facility-without-pso'] },
  { q: 'second PSO as a backup', steps: ['pso-backup'] },
  { q: 'vendor access', steps: ['vendor-each-facility'] },
  { q: 'consultant working for several facilities', steps: ['vendor-each-facility'] },
  { q: 'change of ownership', steps: ['change-of-ownership'] },
  { q: 'new owner new CCN', steps: ['change-of-ownership'], problems: ['new-ccn-no-pso'] },
  { q: 'someone I do not know requested access', steps: ['iqies-manage-requests'], problems: ['unknown-requester'] },
  { q: 'where are the pending requests', steps: ['iqies-manage-requests'], problems: ['cannot-find-pending'] },
  { q: "can't find the upload button", steps: ['iqies-upload-mds'], problems: ['cannot-find-upload'] },
  { q: "buttons don't work", steps: ['prepare', 'iqies-sign-in', 'iqies-upload-mds'], problems: ['pages-broken', 'iqies-pages-broken', 'upload-misbehaves'] },
  { q: 'sign in every 60 days', steps: ['stay-active'] },
  { q: 'help desk phone number', steps: ['harp-profile', 'prepare'], contacts: ['qualitynet-help-desk', 'iqies-service-center'] },
];
