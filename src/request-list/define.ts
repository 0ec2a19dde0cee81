/** Entry point `civic-elements/request-list.js`: defines <civic-request-list>. */
import { defineElement } from '../core/define-element.js';
import { CivicRequestList } from './request-list.js';

defineElement('civic-request-list', CivicRequestList);

export { CivicRequestList };
export type { RequestListLoadDetail } from './request-list.js';
