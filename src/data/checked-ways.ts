import { checkChannels, checkContacts } from './channel-check.js';
import type { Channel, Contact, Procedure } from '../model.js';

/**
 * A procedure's channels and contacts after the full check, once per procedure object. What is
 * left out is said once in the console, for the city's web team.
 */
const checked = new WeakMap<Procedure, { channels: Channel[]; information: Contact[] }>();

export function checkedWays(procedure: Procedure): { channels: Channel[]; information: Contact[] } {
  let ways = checked.get(procedure);
  if (!ways) {
    const channels = checkChannels(procedure.channels, `procedure "${procedure.id}".channels`);
    const information = checkContacts(procedure.information, `procedure "${procedure.id}".information`);
    const warnings = [...channels.warnings, ...information.warnings];
    if (warnings.length) console.warn(`civic-elements: parts left out:\n- ${warnings.join('\n- ')}`);
    ways = { channels: channels.items, information: information.items };
    checked.set(procedure, ways);
  }
  return ways;
}
