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
      { id: 'no-old-account', label: 'I checked that I have no older CMS account (EIDM) to sign in with instead' },
    ],
    guidance: [
      {
        kind: 'text',
        text: "HARP (HCQIS Access Roles and Profile) is CMS's sign-in system for many quality systems. iQIES uses it for login only; roles are requested later, inside iQIES.",
      },
      {
        kind: 'tip',
        text: 'The identity check in a later step is built from what you enter here. Use the details a credit bureau would have on file for you.',
      },
      {
        kind: 'warning',
        text: 'If HARP says the email already exists, you may have an older CMS (EIDM) account. Try signing in with it instead of registering again.',
      },
      { kind: 'next', text: 'Next: Account Information, where you choose your User ID and password.' },
    ],
    problems: [
      {
        problem: '"Email already exists"',
        fix: 'You probably have an old EIDM account. Sign in to HARP with it, then sign in a second time before requesting your iQIES role. If you forgot that login, contact the QualityNet Help Desk.',
      },
      {
        problem: 'I do not want to give my SSN',
        fix: 'HARP then offers manual identity proofing, which is slower. CMS does not publish which documents it needs or how long it takes: ask the QualityNet Help Desk.',
      },
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
      { id: 'no-special-characters', label: 'My User ID has no # or & in it' },
    ],
    guidance: [
      {
        kind: 'warning',
        text: 'Your User ID is permanent. Avoid facility names (you may change jobs) and avoid the characters # and &.',
      },
      {
        kind: 'text',
        text: 'Follow the password rules shown on the page. CMS material for the test environment asks for at least 12 characters with upper and lower case letters, a number and a symbol from !@#$%^&*; the live site may differ, so trust the page.',
      },
      { kind: 'next', text: 'Next: identity proofing with Experian.' },
    ],
    problems: [
      { problem: 'I regret my User ID', fix: 'It cannot be changed. Keep using it; it is personal to you, not to the facility.' },
      {
        problem: 'My password is rejected',
        fix: 'Read the rules listed on the page again (length, upper and lower case, a number, an allowed symbol) and try a new one.',
      },
    ],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpRegister, SRC.harpHelp],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-identity',
    title: 'HARP: Verify your identity',
    summary: "Answer Experian's questions about your own history so CMS knows the account is really yours.",
    site: 'harp',
    haveReady: ['A quiet moment: the questions are about your own credit history (past addresses, loans)'],
    checklist: [
      { id: 'answered-questions', label: 'I answered the identity questions myself' },
      { id: 'identity-passed', label: 'The page told me my identity was verified' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'Experian builds a few multiple-choice questions from the details you entered (older CMS material mentions five). This check does not affect your credit score.',
      },
      { kind: 'tip', text: 'This guide reads only the page headings here, never the questions or your answers.' },
      { kind: 'next', text: 'Next: a confirmation page and email, then you sign in to finish setting up.' },
    ],
    problems: [
      {
        problem: '"We were unable to verify the information you provided"',
        fix: 'Check your legal name, current home address, date of birth and SSN, then try again. If it still fails, contact the QualityNet Help Desk about manual identity proofing.',
      },
      {
        problem: 'Manual proofing: what do I send, how long does it take?',
        fix: 'CMS does not publish the documents or the turnaround. The QualityNet Help Desk tells you what it needs.',
      },
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
      { kind: 'text', text: 'Your account is created, but not finished: at your first sign-in HARP asks you to set up two-factor authentication.' },
      { kind: 'next', text: 'Next: sign in to HARP and set up two-factor authentication.' },
    ],
    problems: [
      {
        problem: 'No confirmation email',
        fix: 'CMS publishes no guidance on a missing email. Check your spam or junk folder; if it is not there, contact the QualityNet Help Desk.',
      },
    ],
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
    checklist: [
      { id: 'signed-in', label: 'I can sign in to HARP with my User ID and password' },
      { id: 'know-recovery', label: 'I know where to recover a forgotten password' },
    ],
    guidance: [
      { kind: 'tip', text: 'Forgot your password? Use the "forgot" link on the HARP sign-in page or CCSQ Support Central.' },
      {
        kind: 'text',
        text: 'Had an older CMS (EIDM) account? Sign in to HARP with it, then sign in a second time before you request an iQIES role.',
      },
      {
        kind: 'warning',
        text: 'After you sign in, HARP shows "User Roles" at the top right. That is for other CMS systems: iQIES roles are requested inside iQIES, not there.',
      },
      { kind: 'next', text: 'Next: two-factor authentication.' },
    ],
    problems: [
      { problem: 'Lost password', fix: "Use HARP's password recovery on the sign-in page, or CCSQ Support Central." },
      {
        problem: 'Locked out or forgot my User ID',
        fix: 'CMS does not publish how many attempts lock an account. Try password recovery first; otherwise contact the QualityNet Help Desk.',
      },
    ],
    contacts: ['qualitynet-help-desk', 'ccsq-support-central'],
    sources: [SRC.harpHelp, SRC.harpContact, SRC.ccsqSupport],
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
      {
        kind: 'text',
        text: 'Choose a device type: options usually include text message (SMS), voice call, Google Authenticator and Okta Verify. For a text message: enter the phone number, "Send Code", enter the code, "Submit".',
      },
      { kind: 'tip', text: 'You can add more devices later in HARP. A second one helps if you lose or change your phone.' },
      { kind: 'next', text: 'Next: sign in to iQIES (iqies.cms.gov) with the same User ID and password.' },
    ],
    problems: [
      {
        problem: 'I lost or changed my phone',
        fix: 'Sign in with another device if you added one, and update your devices in HARP. If you cannot get a code at all, contact the QualityNet Help Desk.',
      },
    ],
    contacts: ['qualitynet-help-desk'],
    sources: [SRC.harpHelp, SRC.harpConfluence],
    checkedOn: CHECKED_ON,
  },
];

/** Registration happens signed out: a sign-out button means a profile page of an existing account. */
const SIGNED_IN = ['Log Out', 'Logout', 'Sign Out'];

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
    unless: SIGNED_IN,
  },
  {
    step: 'harp-account',
    site: 'harp',
    headings: ['Account Information', 'Account Details'],
    labels: ['User ID', 'Confirm Password', 'Challenge Question'],
    unless: SIGNED_IN,
  },
  {
    step: 'harp-identity',
    site: 'harp',
    headings: ['Remote Proofing', 'Verify your Identity', 'Identity Verification', 'Identity Proofing', 'We were unable to verify'],
    unless: SIGNED_IN,
  },
  {
    step: 'harp-confirmation',
    site: 'harp',
    headings: ['Confirmation', 'Registration Complete', 'Account Created'],
    labels: ['Login to Complete Setup'],
    unless: SIGNED_IN,
  },
  { step: 'harp-sign-in', site: 'harp', headings: ['Sign In', 'Log In', 'Login'], labels: ['User ID', 'Password', 'Forgot'] },
  {
    step: 'harp-two-factor',
    site: 'harp',
    headings: ['Two-Factor Authentication', 'Multi-Factor Authentication', 'Two-Step Verification', 'Add a Device', 'Enter Verification Code'],
    labels: ['Send Code', 'Verification Code', 'Device Type'],
  },
];
