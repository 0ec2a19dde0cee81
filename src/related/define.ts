/** Entry point `civic-elements/related.js`: defines <civic-related>. */
import { defineElement } from '../core/define-element.js';
import { CivicRelated } from './related.js';
import '../online-badge/define.js';

defineElement('civic-related', CivicRelated);

export { CivicRelated };
