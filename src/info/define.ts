/** Entry point `civic-elements/info.js`: defines <civic-info>. */
import { defineElement } from '../core/define-element.js';
import { CivicInfo } from './info.js';

defineElement('civic-info', CivicInfo);

export { CivicInfo };
