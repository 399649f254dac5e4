import type { ContactId } from '@/utils/steps/schema';

export interface Contact {
  name: string;
  detail: string;
  href?: string;
}

/** Help contacts from shared/domain.md §5 (hours not published, so none are shown). */
export const CONTACTS: Record<ContactId, Contact> = {
  'iqies-service-center': {
    name: 'iQIES Service Center',
    detail: 'iqies@cms.hhs.gov · 1-800-339-9313',
    href: 'mailto:iqies@cms.hhs.gov',
  },
  'qualitynet-help-desk': {
    name: 'QualityNet Help Desk (HARP accounts)',
    detail: 'qnetsupport@cms.hhs.gov · 1-866-288-8912 · TRS 711',
    href: 'mailto:qnetsupport@cms.hhs.gov',
  },
  'ccsq-support-central': {
    name: 'CCSQ Support Central (tickets, password recovery)',
    detail: 'cmsqualitysupport.servicenowservices.com',
    href: 'https://cmsqualitysupport.servicenowservices.com',
  },
  'your-pso': {
    name: "Your facility's Provider Security Official (PSO)",
    detail: 'approves requests for your facility and knows which role you need',
  },
};
