/** Entry point `civic-elements/request-status.js`: defines <civic-request-status>. */
import { defineElement } from '../core/define-element.js';
import { CivicRequestStatus } from './request-status.js';

defineElement('civic-request-status', CivicRequestStatus);

export { CivicRequestStatus };
export type { RequestLoadDetail } from './request-status.js';
