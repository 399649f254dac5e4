import type { DetectionRule } from '../detect-step';
import type { Step } from '../schema';
import * as SRC from './sources';
import { CHECKED_ON } from './sources';

/** HARP (harp.cms.gov): the personal account every iQIES user needs first. */
export const harpSteps: Step[] = [
  {
    id: 'harp-profile',
    title: 'HARP: Profile Information',
    summary: 'Start your personal HARP account with your own legal name, contact details and home address.',
    site: 'harp',
    haveReady: [
      'Your legal name, date of birth and current home address',
      'Your work email (a personal email is accepted only if your facility has no company email domain)',
      'A phone number you can be reached at',
      'Your Social Security Number (used for identity proofing; without it you will be offered slower manual proofing)',
    ],
    checklist: [
      { id: 'own-account', label: 'I am creating an account for myself (HARP accounts are personal, never shared)' },
      { id: 'legal-name', label: 'Name and date of birth match my legal documents' },
      { id: 'home-address', label: 'I entered my current home address (not the facility address)' },
      { id: 'work-email', label: 'I used an email address I can open today' },
    ],
    guidance: [
      { kind: 'text', text: 'HARP is CMS\'s sign-in system for many quality systems. iQIES uses it for login only; roles are requested later, inside iQIES.' },
      { kind: 'tip', text: 'The identity check in a later step is built from what you enter here. Use the details a credit bureau would have on file for you.' },
      { kind: 'warning', text: 'If HARP says the email already exists, you may have an older CMS (EIDM) account. Try signing in with it instead of registering again.' },
      { kind: 'next', text: 'Next: Account Information, where you choose your User ID and password.' },
    ],
    problems: [
      { problem: '"Email already exists"', fix: 'You probably have an old EIDM account. Sign in to HARP with it, then sign in a second time before requesting your iQIES role. If you forgot that login, contact the QualityNet Help Desk.' },
    ],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpRegister, SRC.harpHelp, SRC.harpVideo],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-account',
    title: 'HARP: Account Information',
    summary: 'Choose your User ID, password and challenge question. The User ID can never be changed.',
    site: 'harp',
    haveReady: ['A User ID you are happy to keep for good', 'A strong password you can remember or store safely'],
    checklist: [
      { id: 'user-id-permanent', label: 'I know my User ID can never be changed, and I chose one without a facility name' },
      { id: 'user-id-noted', label: 'I wrote my User ID down somewhere safe' },
      { id: 'password-rules', label: 'My password meets the rules shown on the page' },
      { id: 'challenge-question', label: 'I picked a challenge question I can answer later' },
    ],
    guidance: [
      { kind: 'warning', text: 'Your User ID is permanent. Avoid facility names (you may change jobs) and avoid the characters # and &.' },
      { kind: 'text', text: 'Follow the password rules shown on the page. CMS material for the test environment asks for at least 12 characters with upper and lower case letters, a number and a symbol; production may differ, so trust the page.' },
      { kind: 'next', text: 'Next: identity proofing with Experian.' },
    ],
    problems: [
      { problem: 'I regret my User ID', fix: 'It cannot be changed. Keep using it; it is personal to you, not to the facility.' },
    ],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpRegister, SRC.harpHelp],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-identity',
    title: 'HARP: Verify your identity',
    summary: 'Answer Experian\'s questions about your own history so CMS knows the account is really yours.',
    site: 'harp',
    haveReady: ['A quiet moment: the questions are about your own credit history (past addresses, loans)'],
    checklist: [
      { id: 'answered-questions', label: 'I answered the identity questions myself' },
      { id: 'identity-passed', label: 'The page told me my identity was verified' },
    ],
    guidance: [
      { kind: 'text', text: 'Experian builds questions from the details you entered. This check does not affect your credit score.' },
      { kind: 'tip', text: 'This guide reads only the page headings here, never the questions or your answers.' },
      { kind: 'next', text: 'Next: a confirmation page and email, then you sign in to finish setting up.' },
    ],
    problems: [
      { problem: '"We were unable to verify the information you provided"', fix: 'Check your legal name, current home address, date of birth and SSN, then try again. If it still fails, contact the QualityNet Help Desk about manual identity proofing.' },
    ],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpRegister, SRC.harpHelp],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-confirmation',
    title: 'HARP: Confirmation',
    summary: 'Your HARP account exists. A confirmation email follows; sign in to finish the setup.',
    site: 'harp',
    haveReady: [],
    checklist: [
      { id: 'confirmation-email', label: 'I received the HARP confirmation email' },
      { id: 'login-to-complete', label: 'I chose "Login to Complete Setup"' },
    ],
    guidance: [
      { kind: 'next', text: 'Next: sign in to HARP and set up two-factor authentication.' },
    ],
    problems: [],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpRegister, SRC.harpHelp],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-sign-in',
    title: 'HARP: Sign in',
    summary: 'Sign in to HARP with your User ID and password.',
    site: 'harp',
    haveReady: ['Your HARP User ID and password', 'Your phone or authenticator app for the code'],
    checklist: [{ id: 'signed-in', label: 'I can sign in to HARP with my User ID and password' }],
    guidance: [
      { kind: 'tip', text: 'Forgot your password? Use the "forgot" link on the HARP sign-in page or CCSQ Support Central.' },
      { kind: 'next', text: 'Next: two-factor authentication.' },
    ],
    problems: [
      { problem: 'Lost password', fix: 'Use HARP\'s password recovery on the sign-in page, or CCSQ Support Central.' },
    ],
    contacts: ['qualitynet-help-desk', 'ccsq-support-central'],
    sources: [SRC.harpHelp],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-two-factor',
    title: 'HARP: Two-factor authentication',
    summary: 'Add a device (text, voice call or an authenticator app) that gives you a sign-in code.',
    site: 'harp',
    haveReady: ['Your mobile phone, or an authenticator app such as Google Authenticator or Okta Verify'],
    checklist: [
      { id: 'device-added', label: 'I added a two-factor device' },
      { id: 'code-entered', label: 'I entered the code and it was accepted' },
      { id: 'second-device', label: 'I considered adding a second device as a backup' },
    ],
    guidance: [
      { kind: 'text', text: 'Choose a device type, follow the prompts (for text messages: enter the phone number, "Send Code", enter the code, "Submit").' },
      { kind: 'next', text: 'Next: sign in to iQIES (iqies.cms.gov) with the same User ID and password.' },
    ],
    problems: [],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpHelp, SRC.harpConfluence],
    checkedOn: CHECKED_ON,
  },
];

/** Detection rules beside their steps. Paths are only those seen in official material (shared/domain.md §2). */
/**
 * Detection rules (see detect-step.ts). Routes only where they were seen (domain.md §2); phrases may be plausible
 * variants of the known labels. Every byte here ships in the content script: labels score at most 2 points, so
 * two or three good ones per step are enough. Pages that are not a step: NOT_A_STEP in rules.ts.
 */
export const harpRules: DetectionRule[] = [
  {
    step: 'harp-profile',
    site: 'harp',
    route: /^\/register\/profile-info\b/,
    headings: ['Profile Information', 'Personal Information'],
    labels: ['First Name', 'Date of Birth', 'Social Security Number'],
  },
  {
    step: 'harp-account',
    site: 'harp',
    headings: ['Account Information', 'Account Details'],
    labels: ['User ID', 'Confirm Password', 'Challenge Question'],
  },
  {
    step: 'harp-identity',
    site: 'harp',
    headings: ['Remote Proofing', 'Verify your Identity', 'Identity Verification', 'Identity Proofing', 'We were unable to verify'],
  },
  {
    step: 'harp-confirmation',
    site: 'harp',
    headings: ['Confirmation', 'Registration Complete', 'Account Created'],
    labels: ['Login to Complete Setup'],
  },
  { step: 'harp-sign-in', site: 'harp', headings: ['Sign In', 'Log In', 'Login'], labels: ['User ID', 'Password', 'Forgot'] },
  {
    step: 'harp-two-factor',
    site: 'harp',
    headings: ['Two-Factor Authentication', 'Multi-Factor Authentication', 'Two-Step Verification', 'Add a Device', 'Enter Verification Code'],
    labels: ['Send Code', 'Verification Code', 'Device Type'],
  },
];
