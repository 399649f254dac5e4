/**
 * Where the content script keeps the local date (YYYY-MM-DD) of the last signed-in iQIES page this browser saw.
 * Its own module, free of imports, so the content script does not bundle the date rules or zod.
 */
export const ACTIVITY_KEY = 'activity:iqies-last-signed-in';
