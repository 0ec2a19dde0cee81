/**
 * civic-elements: every element, the adapters and the model.
 * Import `civic-elements/online-badge.js` (and `civic-elements/provider.js`) to load less.
 */
export * from './provider/define.js';
export * from './online-badge/define.js';
export * from './channels/define.js';
export * from './info/define.js';
export * from './related/define.js';
export * from './request-status/define.js';
export * from './request-list/define.js';
export * from './catalog/define.js';
export { registerPublicHolidays, type HolidayCalendar } from './opening-hours/public-holidays.js';
export { StaticAdapter, type StaticAdapterOptions } from './adapters/static/static-adapter.js';
export { CivicError, type CivicErrorCode } from './core/civic-error.js';
export type { CivicErrorDetail } from './base/civic-element.js';
export { registerLocale, availableLanguages, type Messages } from './localization/public.js';
export type * from './model.js';
