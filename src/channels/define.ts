/** Entry point `civic-elements/channels.js`: defines <civic-channels>. */
import { defineElement } from '../core/define-element.js';
import { CivicChannels } from './channels.js';

defineElement('civic-channels', CivicChannels);

export { CivicChannels };
