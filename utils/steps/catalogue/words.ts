import type { Citation } from '../schema';
import type { SourceId } from './sources';

/**
 * The sources' own words, verbatim and short ("…" marks an omission), as read on each source's checked date.
 * Claims cite a source with the words that hold the claim: `says('mo-15761', 'notVendor')`. A source we could not
 * open (`unavailable` in sources.ts) has no words: it is cited with `unread(id)` and its claims are hedged.
 * Kept apart from the claims so one sentence of a source backs every claim it holds, word for word the same.
 */
export const WORDS = {
  'harp-help': {
    whatIs: 'HCQIS Access Roles and Profile (HARP) is a secure identity management portal provided by the Centers for Medicare and Medicaid Services (CMS).',
    profile:
      'It also provides a single location for users to modify their user profile, change their password, update their challenge question, and add and remove two-factor authentication devices.',
    loginOnly:
      'HARP supports only login for the following CCSQ applications. To request a role for these applications, please visit their website: … Internet Quality Improvement Evaluation System (iQIES)',
    singleId: 'HARP provides a single user ID and password that can be used to sign into several CMS applications.',
    notify: 'Subscribe to the HARP Notify mailing list to receive emails related to HARP technical outages, release notes, upgrades, and more.',
  },
  'qnet-harp': {
    account: 'Creating an account via HARP provides users with a user ID and password that can be used to sign into many CMS applications.',
    profile:
      'It also provides a single location for users to modify their user profile, change their password, update their challenge question, and add and remove two-factor authentication devices.',
    notify:
      'For information regarding HARP releases, upgrades, outages and general announcements … Select the checkbox next to HARP Notify: HCQIS Access Roles and Profile (HARP) Notifications',
  },
  'qnet-harp-security-code': {
    profileStep: 'Enter your profile information (please use your corporate email address) – Click Next',
    ssn: 'This includes providing your SSN. If you do not wish to provide your SSN, a manual proofing option is available on that screen. Manual proofing may, however, delay the process.',
    accountStep: 'Choose your User ID, password and challenge question – Click Next',
    fiveQuestions:
      'Answer the five Identity Proofing Questions (Experian will provide personal questions based on information pulled using the provided SSN and other personal information. Answering these questions correctly verifies your identity)',
    confirmation:
      'Your account has been completed and you will receive a confirmation email. However you still need to create a two-factor authentication – Click Login to Complete Setup',
    sms: 'Select the SMS as your desired authentication device, enter phone number – Click Send Code',
    code: 'Enter Security Code that you received on your device – Click Submit',
    moreDevices: 'You can add more devices …',
  },
  'qnet-harp-old': {
    eidmLogin: 'Step 2: Enter your EIDM User ID and Password. Step 3: Acknowledge the Terms & Conditions and click Login.',
    video: 'A tutorial video on creating a HARP account is available on YouTube: https://youtu.be/G1zj8JqxWg4',
  },
  'qnet-eqrs-hub': {
    eidmHelp: 'If you have an EIDM or EUA account, but you experience issues following the above steps, please contact the QualityNet Help Desk at 1-866-288-8912.',
    login: 'Step 2: Enter your EIDM or EUA User ID and Password. Step 3: Select Login.',
    proofing: 'For security reasons, all users creating a HARP account are required to complete identity proofing to verify their identity.',
  },
  'qsep-faq': {
    manual: 'Initiate Manual Proofing … copies of documents … may take additional time',
  },
  'qsep-help-faq': {
    noSsn:
      'If you don’t want to give your SSN, you can choose manual proofing, where documentations are needed to verify your identity. The last 4 digits of your SSN may be needed for manual proofing, which may make it take longer to get access to the system.',
    call: 'If you can’t complete remote proofing, you’ll need to email the QSEP Help Desk or call the IAM Help Desk at 1-866-288-8912 between 7:00 AM - 7:00 PM CT Monday – Friday to start the manual proofing process.',
    creditReport: 'No Documentations are needed for remote proofing, but you’ll need information related to your credit report.',
    oneAccount: 'Users who need access to both QSEP and iQIES only have to create 1 HARP account.',
  },
  'qtso-harp-registration': {
    emailExists:
      'Some users who attempt to register in HARP may receive an error message stating that their email address already exists. This most likely means that you have completed some level of identity proofing in the past and that you have an EIDM account.',
    experian:
      "HARP uses Experian to remotely verify a user's identity by applying the data that a user provides, such as date of birth and social security number, to generate a list of personal questions for the user to answer to verify his or her identity.",
    serviceCenter: 'If you don’t remember your login information, you will need to contact the iQIES Service Center at … 1-800-339-9313.',
  },
  'qtso-register-2019': {
    forgotEidm: 'If you don’t remember your login information, you will need to contact the QualityNet Help Desk at … 866-288-8912.',
    emailExists: 'This most likely means that you have completed some level of identity proofing in the past and that you have an EIDM account. If this is the case, you will need to login to HARP using your EIDM login information.',
    video: 'It may be helpful to first review the iQIES training video ‘How to Create an Account’ that demonstrates this process',
  },
  'qtso-faq': {
    experian:
      "HARP uses Experian to remotely proof users by taking user-entered data, such as date of birth and social security number (SSN), to generate a list of personal questions for the user to answer to verify his/her identity.",
    afterTwoFactor:
      'After Two-Factor Authentication is complete, users can access iQIES using their HARP credentials at the following URL: https://iqies.cms.gov/ to complete their role request.',
    guide: 'For a complete list of registration steps, please reference the iQIES Onboarding Guide: https://qtso.cms.gov/software/iqies/reference-manuals',
    helpDesk: 'iQIES will have a help desk and a user manual and training webinar recordings will be also be available.',
  },
  'qtso-inactive-policy': {
    begin: 'iQIES will begin implementing an inactive user policy this month.',
    audits: 'System audits will be conducted on a regular basis to identify users who have not logged in to the iQIES system in more than 60 days.',
    revoked:
      'Inactive users will receive an email indicating that they will need to log in to iQIES to keep their iQIES user role(s) and account active. If inactive users do not log in to the iQIES system, their iQIES role(s) will be revoked and they will not be able to access the system.',
    harpStays: 'If your iQIES role access is revoked, your Health Care Quality Information Systems (HCQIS) Access Roles and Profile (HARP) credentials will continue to remain active.',
    restore: 'To restore your account, you will need to log into iQIES and re-request your user role(s).',
    delays: 'Please log in to iQIES regularly to avoid having your iQIES roles revoked and any potential delays that may occur if you are required to re-request your roles within iQIES.',
    contact: 'If you have any questions, please contact the iQIES Service Center by email at … or by phone at 1-800-339-9313.',
    ccsq: 'Or to create a new support ticket, track an existing ticket, or recover your HARP password account, please use our CCSQ Support Central: Self-Service Portal.',
  },
  'qtso-pbj-notice': {
    launch:
      'On August 17, 2026, the Centers for Medicare & Medicaid Services (CMS) will launch the Internet Quality Improvement and Evaluation System (iQIES) functionality for Payroll-Based Journal (PBJ) data submission and reports.',
    register: 'You must register for PBJ roles in iQIES before you can submit data.',
    early: 'CMS strongly recommends setting up access before the launch, so you don’t run into delays when submitting data.',
    sixty: 'Once you register for an iQIES account, be sure to log in regularly. If you do not log in for 60 days, you’ll lose access to iQIES.',
    quarter: 'PBJ submissions for Fiscal Quarter 4 start August 17, 2026, and must be submitted only in iQIES.',
  },
  'qtso-pbj-specs-2026': {
    helpDesk: 'If you have additional questions after reviewing the documentation, please contact the iQIES Help Desk at iqies@cms.hhs.gov or (800) 339-9313.',
  },
  'qtso-security-official-2019': {
    noLimit: 'There is no limit to the number of Security Officials your organization can have.',
    sole: 'If you are the only Security Official for your organization, you will be responsible for approving all requests.',
    inHarp: 'Beginning February 2019, all Security Officials will approve requests by signing in to the HCQIS Access Roles and Profile (HARP) website',
    screens: 'Navigate to the “Security Official” navigation item … Approve or reject the Pending Requests in your queue from “Role Requests” in the left sidebar',
    second: 'Consider adding a second (or third) Security Official to your organization to ensure someone is always available to approve requests.',
    approveReject: 'Security Officials are responsible for approving (or rejecting) requests from additional users for their organization.',
  },
  'mat-harp': {
    parts: 'To create an account, users must enter their profile information, account information, and successfully complete proofing (identify verification).',
    minutes: 'In order to retain your access to the MAT after May 6, 2020, you must have a HARP account. … Registration could take anywhere from 5 to 15 minutes, depending on how quickly user data is proofed and verified.',
    twoFactor: 'To complete account setup, users need to log into HARP and set up two-factor authentication.',
  },
  'mo-15761': {
    mds: 'CMS is preparing to release the Internet-facing, cloud-based system, referred to as the Internet Quality Improvement and Evaluation System (iQIES) for Minimum Data Set (MDS) submission in early 2023.',
    psoRole:
      'The individual designated as the PSO must work for the provider and will be responsible for approving or rejecting iQIES user access requests for their respective organizations, including vendors.',
    noAccess: 'A user will not be granted access unless a PSO approves the request.',
    firstPso: 'The first PSO for your provider will need to be approved by CMS. Once approved, PSOs can approve additional Provider Security Official role requests.',
    blocked: 'if your organization has not yet successfully registered at least one PSO, users will not be able to complete their access requests.',
    twoPsos: 'CMS highly recommends at least two PSOs are designated so there is a higher likelihood that someone will be available to approve/reject iQIES access requests.',
    notVendor: 'The PSO must work for the provider and cannot be a vendor.',
    userId: 'HARP User IDs cannot be adjusted. As such, please refrain from using facility names or any special characters (such as # or &) when creating the HARP User ID',
  },
  'mo-16002': {
    pbjQies: 'Please also note, Payroll Based Journal (PBJ) submissions will continue to be submitted to QIES.',
    dates:
      'The transition to the Internet Quality Improvement and Evaluation System (iQIES) for MDS submission and reports will occur on April 17, 2023. … QIES Assessment Submission and Processing (ASAP) system for MDS submissions shutoff on Thursday, April 13 at 8:00 p.m. ET.',
    corporate: 'Create an account in the HARP system using your corporate email address',
    register: 'Create an account in the HARP system using your corporate email address* at: https://harp.cms.gov/register.',
    email: 'If the facility handles 2 or fewer providers and does not have a corporate email domain, a personal email address may be used.',
    userId: 'HARP User IDs cannot be adjusted. As such, please refrain from using facility names or any special characters (such as # or &) when creating the HARP User ID.',
    ccn: 'log in with your HARP credentials (completed in step 1) to complete the process to request your User Role for your provider’s CMS Certification Number (CCN).',
    approved:
      'Once the user role request has been submitted AND approved by the Provider Security Official (PSO), you will receive a notification via email informing you that your iQIES account access request has been approved.',
    status24: 'Due to increased role request volume, role request approvals or rejections may take up to 24 hours for the status to be reflected.',
  },
  'ky-chfs-epoc': {
    epocDate:
      'as of July 14, 2025, the current web ePOC platform will no longer be available for plan of correction submissions and that the new system of record will be the Internet Quality Improvement & Evaluation System (iQIES).',
    epocRole: 'As a Nursing Home provider, you will need to request the Provider ePOC Administrator role in iQIES after you sign up for HCQIS Access Roles & Profile (HARP) access.',
    experian:
      "HARP uses Experian to remotely verify a user's identity by applying the data that a user provides, such as date of birth and Social Security number, to generate a list of personal questions for the user to answer.",
    emailExists:
      'Some users who attempt to register in HARP may receive an error message stating that their email address already exists. This most likely means that you have completed some level of identity proofing in the past and that you have an Enterprise Identity Management (EIDM) account.',
    forgot: 'If you don’t remember your login information, you will need to contact the QualityNet Help Desk at qnetsupport@cms.hhs.gov or 866-288-8912',
    twoFactor: 'After you register in the HARP system, or log in if you are already an EIDM user, you will be directed to set up two-factor authentication.',
    secondLogin: 'If you are an EIDM user, you will then need to log in to HARP a second time; this will ensure that you are able to access iQIES to request your role.',
    browser: 'Use the latest version of Google Chrome or Microsoft Edge when accessing HARP or iQIES.',
    psoNeeded:
      'For your Provider ePOC Administrator role request to be approved, your organization must have at least one Provider Security Official (PSO) assigned. CMS recommends that at least two PSOs be established for every CMS certified Nursing Home provider.',
    matrix: 'If your organization needs to review which roles are available and their descriptions, there is an iQIES User Roles Matrix document available on the QTSO website',
  },
  'mi-lara-epoc': {
    epocRole: 'As a nursing home provider, you will need to request the Provider ePOC Administrator role in iQIES after you sign up for HCQIS Access Roles & Profile (HARP) access.',
    emailExists:
      'Some users who attempt to register in HARP may receive an error message stating that their email address already exists. This most likely means that you have completed some level of identity proof in the past and that you have an Enterprise Identity Management (EIDM) account.',
    forgot: 'If you don’t remember your login information, you will need to contact the QualityNet Help Desk at qnetsupport@cms.hhs.gov or 866-288-8912.',
    secondLogin: 'If you are an EIDM user, you will then need to log in to HARP a second time; this will ensure that you can access iQIES to request your role.',
    browser: 'Use the latest version of Google Chrome or Microsoft Edge when accessing HARP or iQIES.',
    login: 'Log in to iQIES https://iqies.cms.gov/ using your HARP User ID and password (or your EIDM login information if you are an EIDM user).',
    submit: 'Verify your account using two-factor authentication and then select Submit.',
    wizard: 'On the Welcome to iQIES page, click the Request User Role button: Select a User Category: Select Provider, and click Next.',
    role: 'Select a User Role: select Provider ePOC Administrator, and click Next',
  },
  'aapacn-chow': {
    sameCcn:
      'CMS clarified during the recent Skilled Nursing Facilities/Long-Term Care Open Door Forum that if the new owner retains the current CMS Certification Number (CCN), then the users will continue to use the same iQIES login information to submit assessments.',
    newCcn: 'However, if the new owner will obtain a new CCN, then providers must reapply for a Provider Security Official under the new CCN.',
    rai: 'Staff with QIES [iQIES] user IDs continue to use the same QIES [iQIES] user IDs.',
    admission: 'The new owner would complete an Admission assessment and Entry tracking record for all residents',
  },
  'mehca-pbj': {
    vendors: "Vendors must request access for each facility they represent and get approval from a PSO at each facility, using the facility's CMS Certification Number (CCN).",
    roles:
      'PBJ Submitter (Provider or Vendor): Can view, upload, edit PBJ data and run PBJ reports. … Provider Administrator: View-only access and run PBJ reports. … PBJ Viewer: View-only access and run PBJ reports.',
    pso: 'PSO: Can view, upload, edit PBJ data and run PBJ reports. This role also approves user access.',
    early: 'Although you may request your PBJ role before August 17 (and CMS strongly recommends you do so), PBJ functionality will not be available for use in iQIES until August 17, 2026.',
    manual: 'Additional information on roles can be found in the iQIES Onboarding Process - Provider User Roles Manual posted on the iQIES Reference and Manuals on QTSO under iQIES Onboarding Guides.',
    approval: "Get approval from your facility's Provider Security Official (PSO)- Your access will not become active until they approve it.",
  },
  'ipro-esrd-harp': {
    video: 'Learn more about manual proofing by watching this 2 minute video.',
    helpDesk: 'The QualityNet helpdesk is available here: … Phone: 1-866-288-8912, or TRS: 711.',
  },
  'mavin-harp': {
    devices:
      'The available two-factor authentication methods included in HARP are SMS (text message) and Voice (receive a phone call), as well as mobile applications like Google Authenticator, Okta Verify, and Okta Verify Push.',
  },
} as const satisfies Partial<Record<SourceId, Record<string, string>>>;

type Worded = keyof typeof WORDS;

/**
 * A citation with the words of the source that hold the claim. Marked free of side effects so the content script,
 * which bundles the detection rules beside the steps, drops the steps and these words.
 */
/*#__NO_SIDE_EFFECTS__*/
export function says<S extends Worded>(source: S, key: keyof (typeof WORDS)[S]): Citation {
  return { source, says: WORDS[source][key] as string };
}

/** A citation of a source we could not open (marked `unavailable`): no words, and the claim is hedged. */
/*#__NO_SIDE_EFFECTS__*/
export function unread(source: SourceId): Citation {
  return { source, says: '' };
}
