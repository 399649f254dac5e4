import type { DetectionRule } from '../detect-step';
import type { Step } from '../schema';
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
      'Your work email (a personal email only if your facility handles 2 or fewer providers and has no company email domain)',
      'A phone number you can be reached at',
      'Your Social Security Number (HARP builds the identity questions from it)',
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
        cite: ['qnet-harp', 'harp-help'],
      },
      {
        kind: 'text',
        text: 'HARP registration has five parts: Profile Information, Account Information, Remote (Identity) Proofing, Confirmation, then Two-Factor Authentication at your first sign-in. A 2020 CMS notice says registration takes "anywhere from 5 to 15 minutes".',
        cite: ['harp-register', 'mat-harp', 'harp-help'],
      },
      {
        kind: 'text',
        text: 'CMS asks for a work email. A personal email is allowed only when both are true: your facility handles 2 or fewer providers, and it has no company email domain.',
        cite: ['mo-16002'],
      },
      {
        kind: 'tip',
        text: 'The identity check in a later step asks personal questions built from what you enter here, using your SSN. Enter your legal name and current home address exactly.',
        cite: ['qsep-faq', 'ky-chfs-epoc'],
      },
      {
        kind: 'warning',
        text: 'If HARP says the email already exists, you most likely have an older CMS (EIDM) account. Sign in to HARP with it instead of registering again.',
        cite: ['qtso-harp-registration', 'ky-chfs-epoc', 'mi-lara-epoc'],
      },
      {
        kind: 'tip',
        text: 'A video on YouTube shows the whole registration, but it was made for the older HARP site: the screens may differ.',
        cite: ['harp-video'],
      },
      { kind: 'next', text: 'Account Information, where you choose your User ID and password.', cite: ['harp-help', 'harp-register'] },
    ],
    problems: [
      {
        id: 'email-exists',
        problem: '"Email already exists"',
        fix: 'You most likely have an old EIDM account. Sign in to HARP with it, then sign in a second time before requesting your iQIES role.',
        cite: ['qtso-harp-registration', 'ky-chfs-epoc', 'mi-lara-epoc'],
      },
      {
        id: 'forgot-eidm-login',
        problem: 'I forgot my old EIDM login',
        fix: 'Sources differ on whom to call. QTSO (CMS) names the iQIES Service Center, 1-800-339-9313: call them first. State-agency pages name the QualityNet Help Desk, 1-866-288-8912.',
        cite: ['qtso-harp-registration', 'ky-chfs-epoc', 'mi-lara-epoc'],
      },
      {
        id: 'no-ssn',
        problem: 'I do not want to give my SSN',
        fix: 'The identity questions are built from your SSN. The other path is manual proofing: choose "Initiate Manual Proofing" on the identity page and send copies of your documents. CMS says it "may take additional time", and the last 4 digits of your SSN may still be required. Which documents to send is not published: ask the QualityNet Help Desk.',
        cite: ['qsep-faq', 'qnet-harp'],
      },
    ],
    contacts: ['qualitynet-help-desk', 'iqies-service-center'],
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
        cite: ['mo-15761'],
      },
      {
        kind: 'text',
        text: 'Follow the password rules shown on the page. CMS material for the test environment asks for at least 12 characters with upper and lower case letters, a number and a symbol from !@#$%^&*; the live site may differ, so trust the page.',
        cite: ['harp-register'],
      },
      {
        kind: 'tip',
        text: 'Remember your challenge answer: it belongs to your HARP account like your password, and password help may depend on it.',
        cite: ['qnet-harp'],
      },
      { kind: 'next', text: 'Remote (Identity) Proofing: "Verify your Identity".', cite: ['harp-help', 'mat-harp'] },
    ],
    problems: [
      {
        id: 'regret-user-id',
        problem: 'I regret my User ID',
        fix: 'It cannot be changed. Keep using it; it is personal to you, not to the facility.',
        cite: ['mo-15761'],
      },
      {
        id: 'password-rejected',
        problem: 'My password is rejected',
        fix: 'Read the rules listed on the page again (length, upper and lower case, a number, an allowed symbol) and try a new one.',
        cite: ['harp-register'],
      },
    ],
    contacts: ['qualitynet-help-desk'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-identity',
    title: 'HARP: Verify your identity',
    summary:
      'Answer personal questions built from the details you entered, so CMS knows the account is really yours. This guide reads only the headings of these pages, never the questions or your answers.',
    site: 'harp',
    haveReady: ['A quiet moment: the questions are personal, built from information pulled using your SSN'],
    checklist: [
      { id: 'answered-questions', label: 'I answered the identity questions myself' },
      { id: 'identity-passed', label: 'The page told me my identity was verified' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'HARP uses Experian to check your identity. CMS says it asks "personal questions based on information pulled using the provided SSN".',
        cite: ['qsep-faq', 'qtso-harp-registration'],
      },
      {
        kind: 'text',
        text: 'If you cannot answer the questions, or the check fails, choose "Initiate Manual Proofing" at the bottom of the page and send copies of your documents. The last 4 digits of your SSN may be required, and CMS says it "may take additional time".',
        cite: ['qsep-faq'],
      },
      {
        kind: 'warning',
        text: 'Which documents manual proofing needs, and how long it takes, is not published. If you are unsure what to send, ask the QualityNet Help Desk (HARP accounts).',
        cite: ['qsep-faq'],
      },
      {
        kind: 'next',
        text: 'A confirmation page and email ("Receive Confirmation of Account Creation"), then you sign in to finish setting up.',
        cite: ['harp-help', 'mat-harp'],
      },
    ],
    problems: [
      {
        id: 'identity-not-verified',
        problem: '"We were unable to verify the information you provided"',
        fix: 'Check your legal name, current home address, date of birth and SSN, then try again. If it still fails, choose "Initiate Manual Proofing" and send copies of your documents.',
        cite: ['qsep-faq'],
      },
      {
        id: 'manual-proofing-details',
        problem: 'Manual proofing: what do I send, how long does it take?',
        fix: 'Not published: CMS says only "copies of documents" and that it "may take additional time". Ask the QualityNet Help Desk what to send and how long to expect.',
        cite: ['qsep-faq'],
      },
    ],
    contacts: ['qualitynet-help-desk'],
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
      {
        kind: 'text',
        text: 'Your account is created, but not finished: CMS says you then sign in to HARP to set up two-factor authentication.',
        cite: ['mat-harp', 'harp-help'],
      },
      { kind: 'next', text: 'Choose "Login to Complete Setup", sign in to HARP and set up two-factor authentication.', cite: ['mat-harp', 'harp-help'] },
    ],
    problems: [
      {
        id: 'no-confirmation-email',
        problem: 'No confirmation email',
        fix: 'CMS publishes no guidance on a missing email. Check your spam or junk folder; if it is not there, contact the QualityNet Help Desk.',
        cite: ['harp-contact'],
      },
    ],
    contacts: ['qualitynet-help-desk'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-sign-in',
    title: 'HARP: Sign in',
    summary: 'Sign in to HARP with your User ID and password.',
    site: 'harp',
    haveReady: ['Your HARP User ID and password', 'Your phone or authenticator app for the Security Code'],
    checklist: [
      { id: 'signed-in', label: 'I can sign in to HARP with my User ID and password' },
      { id: 'know-recovery', label: 'I know where to recover a forgotten password' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'On the HARP "Login" page, acknowledge the Terms & Conditions and choose "Login". No account yet? "Sign Up" starts registration.',
        cite: ['harp-login', 'qnet-harp'],
      },
      {
        kind: 'tip',
        text: 'Forgot your password? Use "Forgot User ID or Password" on the HARP sign-in page, or CCSQ Support Central.',
        cite: ['harp-help', 'qtso-inactive-policy'],
      },
      {
        kind: 'text',
        text: 'Had an older CMS (EIDM) account? Sign in to HARP with it, then sign in a second time before you request an iQIES role.',
        cite: ['ky-chfs-epoc', 'mi-lara-epoc'],
      },
      {
        kind: 'warning',
        text: 'HARP has its own "Request a Role" pages (Select a Program, Select an Organization, Select Roles) for other CMS systems. iQIES roles are requested inside iQIES, not there.',
        cite: ['harp-help', 'ky-chfs-epoc'],
      },
      { kind: 'next', text: 'Two-factor authentication: add a device or enter your Security Code.', cite: ['qnet-harp-security-code'] },
    ],
    problems: [
      {
        id: 'harp-lost-password',
        problem: 'Lost password',
        fix: 'Use "Forgot User ID or Password" on the sign-in page, or CCSQ Support Central.',
        cite: ['harp-help', 'qtso-inactive-policy'],
      },
      {
        id: 'locked-out',
        problem: 'Locked out or forgot my User ID',
        fix: 'How many attempts lock an account is not published. Try "Forgot User ID or Password" first; otherwise contact the QualityNet Help Desk.',
        cite: ['harp-help', 'harp-contact'],
      },
    ],
    contacts: ['qualitynet-help-desk', 'ccsq-support-central'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'harp-two-factor',
    title: 'HARP: Two-factor authentication',
    summary: 'Add a device that receives your Security Code (for example your mobile phone, by text message), then enter the code.',
    site: 'harp',
    haveReady: ['Your mobile phone (or an authenticator app, if the page offers one)'],
    checklist: [
      { id: 'device-added', label: 'I added a two-factor device' },
      { id: 'code-entered', label: 'I entered the Security Code and it was accepted' },
      { id: 'second-device', label: 'I considered adding a second device as a backup' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'CMS calls the code a "Security Code". On "Add a Device to Receive a Security Code", choose a device type; for a text message: "SMS", enter your phone number, "Send Code", then "Enter Security Code" and "Submit".',
        cite: ['qnet-harp-security-code'],
      },
      {
        kind: 'text',
        text: 'The page lists the device types on offer; text message ("SMS") is one. Guides outside CMS also mention voice calls and authenticator apps such as Google Authenticator or Okta Verify. Email was not offered as a second factor when the CMS QSEP FAQ was written.',
        cite: ['qnet-harp-security-code', 'qsep-faq'],
      },
      {
        kind: 'tip',
        text: 'You can add more devices later in HARP. A second one helps if you lose or change your phone.',
        cite: ['qnet-harp'],
      },
      { kind: 'next', text: 'Sign in to iQIES (iqies.cms.gov) with the same User ID and password.', cite: ['harp-help', 'ky-chfs-epoc'] },
    ],
    problems: [
      {
        id: 'lost-phone',
        problem: 'I lost or changed my phone',
        fix: 'Sign in with another device if you added one, and update your devices in HARP. If you cannot get a Security Code at all, contact the QualityNet Help Desk.',
        cite: ['qnet-harp', 'harp-contact'],
      },
    ],
    contacts: ['qualitynet-help-desk'],
    checkedOn: CHECKED_ON,
  },
];

/** Registration happens signed out: a sign-out button means a profile page of an existing account. */
const SIGNED_IN = ['Log Out', 'Logout', 'Sign Out'];

/**
 * Detection rules (see detect-step.ts). Routes only where they were seen on the real site (/register/profile-info,
 * /login/login); phrases follow HARP's own screen text ("Step 1. Profile Information", "Step 3. Remote (Identity)
 * Proofing | Verify your Identity", "Add a Device to Receive a Security Code", "Enter Security Code", "Sign Up")
 * or are plausible variants of it. Every byte here ships in the content script: labels score at most 2 points, so
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
    // Identity pages are read headings-only: "Initiate Manual Proofing" is a link, so the manual proofing page is
    // known by its heading.
    step: 'harp-identity',
    site: 'harp',
    headings: ['Remote Proofing', 'Verify your Identity', 'Identity Verification', 'Identity Proofing', 'Manual Proofing', 'We were unable to verify'],
    unless: SIGNED_IN,
  },
  {
    step: 'harp-confirmation',
    site: 'harp',
    headings: ['Confirmation', 'Registration Complete', 'Account Created'],
    labels: ['Login to Complete Setup'],
    unless: SIGNED_IN,
  },
  {
    step: 'harp-sign-in',
    site: 'harp',
    route: /^\/login\/login\b/,
    headings: ['Sign In', 'Log In', 'Login'],
    labels: ['User ID', 'Password', 'Forgot', 'Sign Up'],
  },
  {
    step: 'harp-two-factor',
    site: 'harp',
    headings: ['Two-Factor Authentication', 'Multi-Factor Authentication', 'Two-Step Verification', 'Add a Device', 'Security Code'],
    labels: ['Send Code', 'Security Code', 'Verification Code', 'Device Type'],
  },
];
