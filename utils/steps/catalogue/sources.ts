/**
 * Official sources cited by steps (title + https URL). Kept in one place so a changed URL changes once.
 * Separate constants (imported as a namespace) so bundlers drop them from the content script, which only
 * needs the detection rules that sit beside the steps.
 * Every URL is on a .gov domain, or its title names the third party that hosts it (tests check this).
 */
export const harpRegister = { title: 'HARP registration (harp.cms.gov)', url: 'https://harp.cms.gov/register' };
export const harpHelp = { title: 'HARP Help and FAQ (harp.cms.gov)', url: 'https://harp.cms.gov/login/help' };
export const harpContact = { title: 'HARP: Contact Help Desk (harp.cms.gov)', url: 'https://harp.cms.gov/login/contact' };
export const harpConfluence = { title: 'QualityNet: HARP overview', url: 'https://qnetconfluence.cms.gov/display/HS/HARP' };
export const harpVideo = { title: 'Video on YouTube: creating a HARP account', url: 'https://www.youtube.com/watch?v=G1zj8JqxWg4' };
export const iqiesManuals = { title: 'QTSO: iQIES reference manuals (User Roles Matrix, Onboarding manual)', url: 'https://qtso.cms.gov/software/iqies/reference-manuals' };
export const iqiesFaq = { title: 'QTSO: iQIES frequently asked questions', url: 'https://qtso.cms.gov/faq/iqies-frequently-asked-questions-faqs' };
export const iqiesTraining = { title: 'CMS: iQIES account training video', url: 'https://go.cms.gov/iQIES_Training' };
export const inactivePolicy = { title: 'QTSO: iQIES inactive user policy (60 days)', url: 'https://qtso.cms.gov/news-and-updates/iqies-will-implement-inactive-user-policy-0' };
export const pbjNotice = { title: 'QTSO: PBJ moving to iQIES (notice)', url: 'https://qtso.cms.gov/node/2338' };
export const ccsqSupport = { title: 'CCSQ Support Central (CMS self-service portal)', url: 'https://cmsqualitysupport.servicenowservices.com' };
export const moPso = { title: 'Missouri DHSS (state agency): iQIES PSO and onboarding notice', url: 'https://ltc.health.mo.gov/archives/15761' };

/** Manuals and videos listed in the panel's help section, whatever the step. */
export const HELP_LINKS = [iqiesManuals, iqiesFaq, iqiesTraining, harpVideo, harpHelp] as const;

/** The date this catalogue's facts were last reviewed against the sources above (shared/domain.md, 2026-11). */
export const CHECKED_ON = '2026-11-25';
