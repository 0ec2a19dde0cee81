/**
 * The CDN bundle: one <script type="module"> defines every element, Lit included. The elements of
 * procedure and theme pages are inside; the catalog and the request-tracking elements, which a
 * city shows on one or two pages, load the first time their tag is in the page (dist/cdn/chunks/). Languages other than
 * French and the open311 / rest adapters load on demand too.
 */
import { defineOnDemand } from './core/define-on-demand.js';

export * from './provider/define.js';
export * from './online-badge/define.js';
export * from './channels/define.js';
export * from './info/define.js';
export * from './related/define.js';
export { StaticAdapter, type StaticAdapterOptions } from './adapters/static/static-adapter.js';
export { CivicError, type CivicErrorCode } from './core/civic-error.js';
export { registerLocale, availableLanguages, type Messages } from './localization/public.js';
export { registerPublicHolidays, type HolidayCalendar } from './opening-hours/public-holidays.js';

defineOnDemand('civic-request-status', () => import('./request-status/define.js'));
defineOnDemand('civic-request-list', () => import('./request-list/define.js'));
defineOnDemand('civic-catalog', () => import('./catalog/define.js'));
