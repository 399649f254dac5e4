import type { DetectionRule } from './detect-step';
import { harpRules } from './catalogue/harp';
import { iqiesRules } from './catalogue/iqies';

/**
 * Pages on either site that are *not* a step: help, FAQ, terms, contact, errors, profile and role pages for
 * other applications. This rule competes like a step; when it wins or comes close the answer is "unknown".
 * The route words are generic; they cover the routes seen on HARP (/login/help, /login/contact,
 * /login/terms-of-use). HARP's own role wizard ("Request a Role", "Select a Program", "Select an Organization",
 * "Select Roles") serves other CMS systems, never iQIES: it is not a step either.
 */
export const NOT_A_STEP: DetectionRule = {
  step: null,
  route: /\/(?:help|faqs?|support|contact|terms(?:-of-use)?|privacy|accessibility|reports|404)(?:\/|$)/,
  headings: [
    'Help',
    'FAQ',
    'FAQs',
    'Frequently Asked Questions',
    'Terms of Use',
    'Contact Us',
    'Contact Help Desk',
    'Not Found',
    'Privacy Policy',
    'Reports',
    'My Profile',
    'User Roles',
    'Request a Role',
    'Select a Program',
  ],
};

/** Detection rules only, for the content script bundle (tree-shaking drops the step content beside them). */
export const RULES: readonly DetectionRule[] = /* @__PURE__ */ harpRules.concat(iqiesRules, NOT_A_STEP);
