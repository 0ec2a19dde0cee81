import { expect } from '@open-wc/testing';
import type { RequestState } from '../../model.js';
import { humanizeStatus, knownState, readStatus } from './open311-status.js';

describe('Open311 statuses', () => {
  const table: [string, RequestState, string][] = [
    // The specification's two.
    ['open', 'in-progress', 'open'],
    ['closed', 'done', 'closed'],
    // mySociety / FixMyStreet.
    ['in_progress', 'in-progress', 'in progress'],
    ['investigating', 'in-progress', 'investigating'],
    ['action_scheduled', 'in-progress', 'action scheduled'],
    ['planned', 'in-progress', 'planned'],
    ['for_triage', 'received', 'for triage'],
    ['internal_referral', 'in-progress', 'internal referral'],
    ['reopen', 'in-progress', 'reopen'],
    ['fixed', 'done', 'fixed'],
    ['duplicate', 'rejected', 'duplicate'],
    ['not_councils_responsibility', 'rejected', 'not councils responsibility'],
    ['no_further_action', 'rejected', 'no further action'],
    ['cancelled', 'cancelled', 'cancelled'],
    // FixMyStreet's public words: finished without action is not in progress; a referral is not done.
    ['not responsible', 'rejected', 'not responsible'],
    ['NOT_RESPONSIBLE', 'rejected', 'not responsible'],
    ['unable to fix', 'rejected', 'unable to fix'],
    ['Unable_To_Fix', 'rejected', 'unable to fix'],
    ['internal referral', 'in-progress', 'internal referral'],
    ['For Triage', 'received', 'for triage'],
    ['action scheduled', 'in-progress', 'action scheduled'],
    ['Duplicate', 'rejected', 'duplicate'],
    // The upper-case forms of mySociety's POST, and other spellings.
    ['IN_PROGRESS', 'in-progress', 'in progress'],
    ['NOT_COUNCILS_RESPONSIBILITY', 'rejected', 'not councils responsibility'],
    ['FIXED', 'done', 'fixed'],
    ['Closed', 'done', 'closed'],
    [' open ', 'in-progress', 'open'],
    ['In Progress', 'in-progress', 'in progress'],
    ['canceled', 'cancelled', 'canceled'],
  ];
  for (const [word, state, label] of table) {
    it(`reads "${word}" as ${state}, labelled "${label}"`, () => {
      expect(readStatus(word)).to.deep.equal({ state, stateLabel: label });
    });
  }

  it('reads an unknown word as in progress and keeps the word as it is written', () => {
    expect(readStatus('Awaiting_Contractor')).to.deep.equal({
      state: 'in-progress',
      stateLabel: 'Awaiting Contractor',
    });
    expect(readStatus('DR02')).to.deep.equal({ state: 'in-progress', stateLabel: 'DR02' });
    expect(knownState('Awaiting_Contractor')).to.equal(undefined);
  });

  it('keeps the previous state for "unchanged" (any case)', () => {
    const previous = { state: 'done' as const, stateLabel: 'fixed' };
    expect(readStatus('unchanged', previous)).to.deep.equal(previous);
    expect(readStatus('UNCHANGED', previous)).to.deep.equal(previous);
    // Nothing before it: an unknown word like any other.
    expect(readStatus('unchanged')).to.deep.equal({ state: 'in-progress', stateLabel: 'unchanged' });
  });

  it('reads no status as received (or the previous state)', () => {
    expect(readStatus(undefined)).to.deep.equal({ state: 'received' });
    expect(readStatus('  ')).to.deep.equal({ state: 'received' });
    expect(readStatus(undefined, { state: 'rejected', stateLabel: 'duplicate' })).to.deep.equal({
      state: 'rejected',
      stateLabel: 'duplicate',
    });
  });

  it('never takes a word for a property of Object', () => {
    expect(readStatus('constructor')).to.deep.equal({ state: 'in-progress', stateLabel: 'constructor' });
    expect(readStatus('__proto__')).to.deep.equal({ state: 'in-progress', stateLabel: 'proto' });
    expect(humanizeStatus('hasOwnProperty')).to.equal('hasOwnProperty');
  });
});
