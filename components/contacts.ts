import type { Citation, ContactId } from '@/utils/steps/schema';
import { says } from '@/utils/steps/catalogue/words';

export interface Contact {
  name: string;
  detail: string;
  href?: string;
  /** Where the address and number come from, in the sources' own words (utils/steps/catalogue/words.ts). */
  cite: Citation[];
}

/** Help contacts. Where we found no published hours, the guide says so instead of guessing. */
export const CONTACTS: Record<ContactId, Contact> = {
  'iqies-service-center': {
    name: 'iQIES Service Center',
    detail: 'iqies@cms.hhs.gov · 1-800-339-9313 · we found no published hours',
    href: 'mailto:iqies@cms.hhs.gov',
    cite: [says('qtso-pbj-specs-2026', 'helpDesk'), says('qtso-inactive-policy', 'contact'), says('qtso-harp-registration', 'serviceCenter')],
  },
  'qualitynet-help-desk': {
    name: 'QualityNet Help Desk (HARP accounts)',
    detail: 'qnetsupport@cms.hhs.gov · 1-866-288-8912 · TRS 711 · a CMS QSEP page gives 7:00 AM – 7:00 PM CT, Monday – Friday',
    href: 'mailto:qnetsupport@cms.hhs.gov',
    cite: [says('ky-chfs-epoc', 'forgot'), says('ipro-esrd-harp', 'helpDesk'), says('qsep-help-faq', 'call')],
  },
  'ccsq-support-central': {
    name: 'CCSQ Support Central (tickets, password recovery)',
    detail: "CMS's self-service portal: open or track a support ticket, recover your HARP password",
    href: 'https://cmsqualitysupport.servicenowservices.com',
    cite: [says('qtso-inactive-policy', 'ccsq')],
  },
  'your-pso': {
    name: "Your facility's Provider Security Official (PSO)",
    detail: 'approves requests for your facility and knows which role you need',
    cite: [says('mo-15761', 'psoRole')],
  },
};
