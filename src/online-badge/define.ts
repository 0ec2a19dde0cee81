/** Entry point `civic-elements/online-badge.js`: defines <civic-online-badge>. */
import { defineElement } from '../core/define-element.js';
import { CivicOnlineBadge } from './online-badge.js';

defineElement('civic-online-badge', CivicOnlineBadge);

export { CivicOnlineBadge };
