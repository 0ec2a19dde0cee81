import type { RequestState } from '../../model.js';

/**
 * Open311 request statuses onto the library's states. The specification knows only `open` and
 * `closed`; mySociety / FixMyStreet servers send a longer list (also in upper case, the form their
 * POST uses), and other servers their own words. The backend's word is always kept, humanised, in
 * `stateLabel`, so a citizen still reads "investigating" where the state says "in progress".
 */
const STATES: Readonly<Record<string, RequestState>> = {
  open: 'in-progress',
  closed: 'done',
  // Not looked at yet: the city has the report, nobody works on it.
  for_triage: 'received',
  in_progress: 'in-progress',
  investigating: 'in-progress',
  action_scheduled: 'in-progress',
  planned: 'in-progress',
  // Passed to another team: still open, so never done.
  internal_referral: 'in-progress',
  reopen: 'in-progress',
  fixed: 'done',
  // Finished without the city acting on it: closed, and not done.
  duplicate: 'rejected',
  not_responsible: 'rejected',
  not_councils_responsibility: 'rejected',
  unable_to_fix: 'rejected',
  no_further_action: 'rejected',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};

/** mySociety's update status meaning "the state did not change" (only a note was added). */
export const UNCHANGED = 'unchanged';

export interface StatusReading {
  state: RequestState;
  /** The backend's word, humanised: "not_councils_responsibility" → "not councils responsibility". */
  stateLabel?: string;
}

/** "IN_PROGRESS", "In Progress", "in-progress" → "in_progress": the key of the table above. */
export const statusKey = (word: string): string =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The state of a known word, `undefined` for a word outside the table. */
export const knownState = (word: string): RequestState | undefined =>
  Object.hasOwn(STATES, statusKey(word)) ? STATES[statusKey(word)] : undefined;

/** The word as a reader sees it: underscores as spaces; known words (any case) in lower case. */
export function humanizeStatus(word: string): string {
  const known = Object.hasOwn(STATES, statusKey(word)) || statusKey(word) === UNCHANGED;
  const spaced = word.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return known ? spaced.toLowerCase() : spaced;
}

/**
 * The state for a status word. `unchanged` keeps `previous` (state and label); an unknown word is
 * in progress (the request exists and is not said to be finished); no word at all is received.
 */
export function readStatus(word: string | undefined, previous?: StatusReading): StatusReading {
  if (word === undefined || !word.trim()) return previous ?? { state: 'received' };
  if (statusKey(word) === UNCHANGED && previous) return previous;
  return { state: knownState(word) ?? 'in-progress', stateLabel: humanizeStatus(word) };
}
