import type { DetectionRule } from '../detect-step';
import type { Step } from '../schema';
import { CHECKED_ON } from './sources';
import { says, unread } from './words';

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
      'Your Social Security Number, if you are willing to give it (without it, manual proofing is offered; it is slower)',
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
        text: "HARP (HCQIS Access Roles and Profile) is CMS's sign-in system for many quality systems. For iQIES it handles sign-in only; roles are requested later, on the iQIES site.",
        cite: [says('harp-help', 'whatIs'), says('harp-help', 'loginOnly'), says('qnet-harp', 'account')],
      },
      {
        kind: 'text',
        text: 'To create an account you enter your profile information and account information, and pass identity proofing; then you sign in to HARP to set up two-factor authentication. A 2020 CMS notice says registration takes "anywhere from 5 to 15 minutes".',
        cite: [says('mat-harp', 'parts'), says('mat-harp', 'minutes'), says('mat-harp', 'twoFactor')],
      },
      {
        kind: 'text',
        text: 'CMS asks for a corporate (work) email. A personal email is allowed only when both are true: your facility handles 2 or fewer providers, and it has no company email domain.',
        cite: [says('mo-16002', 'corporate'), says('mo-16002', 'email'), says('qnet-harp-security-code', 'profileStep')],
      },
      {
        kind: 'tip',
        text: 'An older CMS Quick Start asks for your SSN on this page, and says that if you do not wish to provide it, "a manual proofing option is available on that screen"; manual proofing may delay the process.',
        cite: [says('qnet-harp-security-code', 'ssn'), says('qsep-help-faq', 'noSsn')],
      },
      {
        kind: 'warning',
        text: 'If HARP says the email already exists, you most likely have an older CMS (EIDM) account. Sign in to HARP with it instead of registering again.',
        cite: [says('qtso-harp-registration', 'emailExists'), says('ky-chfs-epoc', 'emailExists'), says('mi-lara-epoc', 'emailExists')],
      },
      {
        kind: 'tip',
        text: "CMS's QualityNet HARP page once linked a tutorial video on creating a HARP account. It was made for the older HARP site (harp.qualitynet.org): the screens may differ.",
        cite: [says('qnet-harp-old', 'video'), unread('harp-video')],
      },
      {
        kind: 'next',
        text: 'Account Information, where you choose your User ID, password and challenge question.',
        cite: [says('qnet-harp-security-code', 'accountStep'), says('mat-harp', 'parts')],
      },
    ],
    problems: [
      {
        id: 'email-exists',
        problem: '"Email already exists"',
        fix: 'You most likely have an old EIDM account. Sign in to HARP with it; if you are an EIDM user, sign in to HARP a second time before requesting your iQIES role.',
        cite: [says('qtso-harp-registration', 'emailExists'), says('ky-chfs-epoc', 'secondLogin'), says('mi-lara-epoc', 'secondLogin')],
      },
      {
        id: 'forgot-eidm-login',
        problem: 'I forgot my old EIDM login',
        fix: 'Contact the QualityNet Help Desk: qnetsupport@cms.hhs.gov or 1-866-288-8912.',
        cite: [says('qtso-register-2019', 'forgotEidm'), says('qnet-eqrs-hub', 'eidmHelp'), says('ky-chfs-epoc', 'forgot'), says('mi-lara-epoc', 'forgot')],
      },
      {
        id: 'no-ssn',
        problem: 'I do not want to give my SSN',
        fix: 'You do not have to: CMS pages say you can choose manual proofing instead, where documents verify your identity. The last 4 digits of your SSN may still be needed, and it may take longer. We found no published list of the documents: ask the QualityNet Help Desk.',
        cite: [says('qsep-help-faq', 'noSsn'), says('qnet-harp-security-code', 'ssn')],
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
      { id: 'no-special-characters', label: 'My User ID has no special characters (such as # or &)' },
    ],
    guidance: [
      {
        kind: 'warning',
        text: 'Your User ID is permanent: HARP User IDs "cannot be adjusted". Do not use facility names (you may change jobs) or any special characters, such as # or &.',
        cite: [says('mo-15761', 'userId'), says('mo-16002', 'userId')],
      },
      {
        kind: 'text',
        text: 'Choose your User ID, password and challenge question on this page, following the password rules it shows. We found no current CMS page that lists the rules, so trust the page.',
        cite: [says('qnet-harp-security-code', 'accountStep')],
      },
      {
        kind: 'tip',
        text: 'Later you can change your password, challenge question and profile, and add or remove two-factor devices, in HARP. Only the User ID is fixed.',
        cite: [says('qnet-harp', 'profile'), says('harp-help', 'profile'), says('mo-15761', 'userId')],
      },
      {
        kind: 'next',
        text: 'Identity proofing: answer the personal questions that verify your identity.',
        cite: [says('qnet-harp-security-code', 'fiveQuestions'), says('mat-harp', 'parts')],
      },
    ],
    problems: [
      {
        id: 'regret-user-id',
        problem: 'I regret my User ID',
        fix: 'It cannot be changed: HARP User IDs "cannot be adjusted". Keep using it; it is personal to you, not to the facility.',
        cite: [says('mo-15761', 'userId')],
      },
      {
        id: 'password-rejected',
        problem: 'My password is rejected',
        fix: 'Read the password rules listed on the page again and try a new one. We found no published copy of the rules to check against.',
        cite: [says('qnet-harp-security-code', 'accountStep')],
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
    haveReady: ['A quiet moment: the questions are personal, built from your SSN and other personal information'],
    checklist: [
      { id: 'answered-questions', label: 'I answered the identity questions myself' },
      { id: 'identity-passed', label: 'The page told me my identity was verified' },
    ],
    guidance: [
      {
        kind: 'text',
        text: 'HARP uses Experian to verify your identity: it turns data you entered, such as your date of birth and SSN, into a list of personal questions for you to answer.',
        cite: [says('qtso-harp-registration', 'experian'), says('qtso-faq', 'experian'), says('ky-chfs-epoc', 'experian')],
      },
      {
        kind: 'text',
        text: 'An older CMS Quick Start says there are five questions, with "personal questions based on information pulled using the provided SSN and other personal information". The number may have changed since.',
        cite: [says('qnet-harp-security-code', 'fiveQuestions')],
      },
      {
        kind: 'tip',
        text: 'No documents are needed for this remote check, but CMS says you will need information related to your credit report.',
        cite: [says('qsep-help-faq', 'creditReport')],
      },
      {
        kind: 'text',
        text: 'If you cannot pass the questions, CMS pages describe manual proofing two ways: one names an "Initiate Manual Proofing" link and copies of documents, which "may take additional time"; another says to call the help desk at 1-866-288-8912 to start it. The last 4 digits of your SSN may be needed.',
        cite: [says('qsep-faq', 'manual'), says('qsep-help-faq', 'call'), says('qsep-help-faq', 'noSsn')],
      },
      {
        kind: 'warning',
        text: 'We found no published list of the documents manual proofing needs, or how long it takes. If you are unsure what to send, ask the QualityNet Help Desk (HARP accounts).',
        cite: [says('qsep-help-faq', 'noSsn'), says('qsep-faq', 'manual')],
      },
      {
        kind: 'tip',
        text: "An ESRD Network's help page links a 2-minute video on manual proofing.",
        cite: [says('ipro-esrd-harp', 'video')],
      },
      {
        kind: 'next',
        text: 'A confirmation page and email, then "Login to Complete Setup" to set up two-factor authentication.',
        cite: [says('qnet-harp-security-code', 'confirmation')],
      },
    ],
    problems: [
      {
        id: 'identity-not-verified',
        problem: '"We were unable to verify the information you provided"',
        fix: 'Check your legal name, current home address, date of birth and SSN, then try again. If it still fails, manual proofing is the other path: look for "Initiate Manual Proofing", or call the help desk at 1-866-288-8912 to start it.',
        cite: [says('qsep-faq', 'manual'), says('qsep-help-faq', 'call')],
      },
      {
        id: 'manual-proofing-details',
        problem: 'Manual proofing: what do I send, how long does it take?',
        fix: 'We found no published answer: CMS pages say only "copies of documents", that it "may take additional time", and that the last 4 digits of your SSN may be needed. Ask the QualityNet Help Desk what to send and how long to expect.',
        cite: [says('qsep-faq', 'manual'), says('qsep-help-faq', 'noSsn')],
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
        text: 'Your account is created, but not finished: you still need to set up two-factor authentication, which you do by signing in to HARP.',
        cite: [says('qnet-harp-security-code', 'confirmation'), says('mat-harp', 'twoFactor')],
      },
      {
        kind: 'next',
        text: 'Choose "Login to Complete Setup", sign in to HARP and set up two-factor authentication.',
        cite: [says('qnet-harp-security-code', 'confirmation'), says('mat-harp', 'twoFactor')],
      },
    ],
    problems: [
      {
        id: 'no-confirmation-email',
        problem: 'No confirmation email',
        fix: 'We found no published guidance on a missing confirmation email. Check your spam or junk folder; if it is not there, contact the QualityNet Help Desk.',
        cite: [says('qnet-harp-security-code', 'confirmation'), says('qnet-eqrs-hub', 'eidmHelp')],
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
        text: 'Enter your User ID and password and select "Login". Older CMS instructions, from the move from EIDM to HARP, also asked you to acknowledge the Terms & Conditions; follow what the page shows.',
        cite: [says('qnet-eqrs-hub', 'login'), says('qnet-harp-old', 'eidmLogin')],
      },
      {
        kind: 'tip',
        text: 'Forgot your password? CMS points to CCSQ Support Central to recover your HARP password. The sign-in page most likely has its own recovery link too.',
        cite: [says('qtso-inactive-policy', 'ccsq')],
      },
      {
        kind: 'text',
        text: 'Had an older CMS (EIDM) account? Sign in to HARP with it, then sign in a second time before you request an iQIES role.',
        cite: [says('ky-chfs-epoc', 'secondLogin'), says('mi-lara-epoc', 'secondLogin')],
      },
      {
        kind: 'warning',
        text: 'HARP has its own role requests for other CMS systems. For iQIES, HARP handles sign-in only: iQIES roles are requested on the iQIES site, not in HARP.',
        cite: [says('harp-help', 'loginOnly'), unread('qnet-harp-request-role')],
      },
      {
        kind: 'tip',
        text: 'To hear about HARP outages, releases and upgrades, CMS offers the "HARP Notify" mailing list.',
        cite: [says('harp-help', 'notify'), says('qnet-harp', 'notify')],
      },
      {
        kind: 'next',
        text: 'Two-factor authentication: add a device or enter your Security Code.',
        cite: [says('qnet-harp-security-code', 'sms'), says('qnet-harp-security-code', 'code')],
      },
    ],
    problems: [
      {
        id: 'harp-lost-password',
        problem: 'Lost password',
        fix: 'Recover it through CCSQ Support Central, or the recovery link on the sign-in page if there is one.',
        cite: [says('qtso-inactive-policy', 'ccsq')],
      },
      {
        id: 'locked-out',
        problem: 'Locked out or forgot my User ID',
        fix: 'We found no published lockout rule (how many attempts lock an account). Contact the QualityNet Help Desk at 1-866-288-8912.',
        cite: [says('qnet-eqrs-hub', 'eidmHelp'), says('ipro-esrd-harp', 'helpDesk')],
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
        text: 'CMS calls the code a "Security Code". An older CMS Quick Start walks through a text message: choose "SMS", enter your phone number, "Send Code", then enter the Security Code and "Submit".',
        cite: [says('qnet-harp-security-code', 'sms'), says('qnet-harp-security-code', 'code')],
      },
      {
        kind: 'text',
        text: 'The page lists the device types on offer. A consultancy outside CMS lists SMS, voice calls, Google Authenticator, Okta Verify and Okta Verify Push; CMS pages we read name SMS only.',
        cite: [says('mavin-harp', 'devices'), says('qnet-harp-security-code', 'sms')],
      },
      {
        kind: 'tip',
        text: 'You can add more devices, and remove them, later in HARP. A second one helps if you lose or change your phone.',
        cite: [says('qnet-harp-security-code', 'moreDevices'), says('qnet-harp', 'profile')],
      },
      {
        kind: 'next',
        text: 'Sign in to iQIES (iqies.cms.gov) with the same HARP User ID and password to request your role.',
        cite: [says('qtso-faq', 'afterTwoFactor'), says('mi-lara-epoc', 'login')],
      },
    ],
    problems: [
      {
        id: 'lost-phone',
        problem: 'I lost or changed my phone',
        fix: 'Sign in with another device if you added one, and update your devices in HARP. If you cannot get a Security Code at all, contact the QualityNet Help Desk at 1-866-288-8912.',
        cite: [says('qnet-harp', 'profile'), says('ipro-esrd-harp', 'helpDesk')],
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
