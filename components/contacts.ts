import type { ContactId } from '@/utils/steps/schema';
import type { SourceId } from '@/utils/steps/catalogue/sources';

export interface Contact {
  name: string;
  detail: string;
  href?: string;
  /** Where the address and number come from (ids in utils/steps/catalogue/sources.ts). */
  cite: SourceId[];
}

/** Help contacts. No desk publishes its hours, so the guide says so instead of guessing. */
export const CONTACTS: Record<ContactId, Contact> = {
  'iqies-service-center': {
    name: 'iQIES Service Center',
    detail: 'iqies@cms.hhs.gov · 1-800-339-9313 · hours not published',
    href: 'mailto:iqies@cms.hhs.gov',
    cite: ['qtso-harp-registration', 'qtso-inactive-policy'],
  },
  'qualitynet-help-desk': {
    name: 'QualityNet Help Desk (HARP accounts)',
    detail: 'qnetsupport@cms.hhs.gov · 1-866-288-8912 · TRS 711 · hours not published',
    href: 'mailto:qnetsupport@cms.hhs.gov',
    cite: ['harp-contact', 'ky-chfs-epoc'],
  },
  'ccsq-support-central': {
    name: 'CCSQ Support Central (tickets, password recovery)',
    detail: 'cmsqualitysupport.servicenowservices.com',
    href: 'https://cmsqualitysupport.servicenowservices.com',
    cite: ['ccsq-support', 'qtso-inactive-policy'],
  },
  'your-pso': {
    name: "Your facility's Provider Security Official (PSO)",
    detail: 'approves requests for your facility and knows which role you need',
    cite: ['mo-15761'],
  },
};
