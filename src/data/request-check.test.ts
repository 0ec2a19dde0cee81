import { capturingWarnings } from '../../test/harness/render.js';
import { expect } from '@open-wc/testing';
import { requestAdapter } from '../../test/harness/request-adapter.js';
import { badData, inProgress } from '../../test/harness/sample-requests.js';
import type { CivicError } from '../core/civic-error.js';
import { acceptReference, checkRequest, checkRequestLookup, MAX_NOTE, readDate } from './request-check.js';
import { findRequest, myRequests, requestLookup } from './request-store.js';
import { ResourceStore } from './resource-store.js';

const signal = () => new AbortController().signal;

function problemsOf(value: unknown): string[] {
  try {
    checkRequest(value);
  } catch (error) {
    return [...(error as CivicError).details];
  }
  return [];
}

describe('checkRequest', () => {
  it('keeps a well-formed request as it is', () => {
    const { value, warnings } = checkRequest(inProgress);
    expect(value).to.deep.equal(inProgress);
    expect(warnings).to.deep.equal([]);
  });

  it('needs a reference, and nothing else', () => {
    expect(problemsOf({ state: 'done' })).to.deep.equal(['request.reference: is required']);
    expect(problemsOf({ reference: '  ' })).to.deep.equal(['request.reference: is required']);
    expect(problemsOf('EC-1')).to.deep.equal(['request: must be an object']);
    expect(checkRequest({ reference: 638344 }).value).to.deep.equal({
      reference: '638344',
      state: 'unknown',
      history: [],
    });
  });

  it('folds state spellings onto ours and keeps any other state in the backend words', () => {
    expect(checkRequest({ reference: 'x', state: 'IN_PROGRESS' }).value.state).to.equal('in-progress');
    expect(checkRequest({ reference: 'x', state: 'Waiting citizen' }).value.state).to.equal('waiting-citizen');
    const unknown = checkRequest({ reference: 'x', state: 'investigating' });
    expect(unknown.value).to.deep.include({ state: 'unknown', stateLabel: 'investigating' });
    expect(unknown.warnings[0]).to.match(/^request\.state: not one of/);
    const labelled = checkRequest({ reference: 'x', state: 'closed', stateLabel: 'Clôturée' }).value;
    expect(labelled).to.deep.include({ state: 'unknown', stateLabel: 'Clôturée' });
  });

  it("takes the latest event's state when the request has none", () => {
    const { value } = checkRequest({
      reference: 'x',
      history: [
        { date: '2026-01-02', state: 'done', stateLabel: 'Clos' },
        { date: '2026-01-01', state: 'received' },
      ],
    });
    expect(value).to.deep.include({ state: 'done', stateLabel: 'Clos' });
  });

  it('leaves out dates that do not parse, and keeps the events they dated', () => {
    const { value, warnings } = checkRequest(badData);
    expect(value.createdAt).to.equal(undefined);
    expect(value.updatedAt).to.equal(undefined);
    expect(value.expectedDate).to.equal(undefined);
    expect(value.history.map((e) => e.date)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      '2026-03-01T10:00:00+01:00',
    ]);
    expect(warnings).to.include('request.expectedDate: is not an ISO 8601 date; left out');
    expect(warnings.join('\n'), 'never the data itself')
      .not.to.contain('31/03/2026')
      .and.not.to.contain(badData.reference);
  });

  it('reads ISO 8601 strictly', () => {
    expect(readDate('2026-03-12')).to.deep.equal({ time: Date.UTC(2026, 2, 12), hasTime: false, hasZone: false });
    expect(readDate('2026-03-12T14:30:00+01:00')!.time).to.equal(Date.UTC(2026, 2, 12, 13, 30));
    expect(readDate('2026-03-12 14:30')).to.deep.equal({
      time: Date.UTC(2026, 2, 12, 14, 30),
      hasTime: true,
      hasZone: false,
    });
    expect(readDate('2010-04-14T06:37:38-08:00')!.time).to.equal(Date.UTC(2010, 3, 14, 14, 37, 38));
    for (const bad of ['2026-02-30', '2026-13-01', '2026-03-12T24:30', '12/03/2026', 'March 12, 2026', '', 1234, null])
      expect(readDate(bad), String(bad)).to.equal(undefined);
  });

  it('sorts history oldest first, an undated event staying after the one it followed', () => {
    const newestFirst = [
      { date: '2026-03-03', note: 'c' },
      { date: 'n/a', note: 'between a and c' },
      { date: '2026-03-01', note: 'a' },
    ];
    expect(checkRequest({ reference: 'x', history: newestFirst }).value.history.map((e) => e.note)).to.deep.equal([
      'a',
      'between a and c',
      'c',
    ]);
    const mixed = [
      { date: '2026-03-02', note: 'b' },
      { date: '2026-03-01', note: 'a' },
      { date: '2026-03-04', note: 'd' },
      { date: 'n/a', note: 'after d' },
      { date: '2026-03-03', note: 'c' },
    ];
    expect(checkRequest({ reference: 'x', history: mixed }).value.history.map((e) => e.note)).to.deep.equal([
      'a',
      'b',
      'c',
      'd',
      'after d',
    ]);
  });

  it('keeps markup in notes as text, and cuts huge notes with an ellipsis', () => {
    const huge = 'x'.repeat(MAX_NOTE + 50);
    const { value, warnings } = checkRequest({
      reference: 'x',
      history: [
        { date: '2026-01-01', note: '<b>Bonjour</b>\r\nà demain' },
        { date: '2026-01-02', note: huge },
      ],
    });
    expect(value.history[0].note).to.equal('<b>Bonjour</b>\nà demain');
    expect(value.history[1].note!.length).to.equal(MAX_NOTE);
    expect(value.history[1].note!.endsWith('…')).to.equal(true);
    expect(warnings).to.include(`request.history[1].note: longer than ${MAX_NOTE} characters; cut`);
  });

  it('leaves out events that say nothing and fields of the wrong kind', () => {
    const { value, warnings } = checkRequest({
      reference: 'x',
      state: 'done',
      history: [{ date: '2026-01-01' }, 'oops', null],
      procedureId: 'a b',
      handledBy: { name: 'x' },
      nextStep: 42,
    });
    expect(value).to.deep.equal({ reference: 'x', state: 'done', history: [] });
    expect(warnings).to.have.length(6);
  });
});

describe('checkRequestLookup', () => {
  it('keeps a good lookup and never blocks on a bad one', () => {
    expect(
      checkRequestLookup({ referencePattern: 'EC-\\d+', referenceExample: 'EC-1', proof: 'email' }).value,
    ).to.deep.equal({ referencePattern: 'EC-\\d+', referenceExample: 'EC-1', proof: 'email' });
    const bad = checkRequestLookup({ referencePattern: '([', proof: 'birthdate' });
    expect(bad.value).to.deep.equal({ proof: 'code' });
    expect(bad.warnings).to.have.length(2);
    expect(checkRequestLookup(undefined).value).to.deep.equal({});
  });
});

describe('acceptReference', () => {
  it('matches the whole reference, trimmed, upper-cased when only that matches', () => {
    expect(acceptReference(' EC-2026-004211 ', '[A-Z]{2}-\\d{4}-\\d{6}')).to.equal('EC-2026-004211');
    expect(acceptReference('ec-2026-004211', '[A-Z]{2}-\\d{4}-\\d{6}')).to.equal('EC-2026-004211');
    expect(acceptReference('xEC-2026-004211', '[A-Z]{2}-\\d{4}-\\d{6}')).to.equal(undefined);
    expect(acceptReference('EC-2026-0042', '[A-Z]{2}-\\d{4}-\\d{6}')).to.equal(undefined);
    expect(acceptReference('anything', undefined)).to.equal('anything');
    expect(acceptReference('   ', undefined)).to.equal(undefined);
  });
});

describe('ResourceStore: requests', () => {
  it('keeps the lookup definition for the page and asks it once', async () => {
    const adapter = requestAdapter([inProgress], { lookup: { proof: 'code' } });
    const store = new ResourceStore(adapter);
    const lookups = await Promise.all([requestLookup(store, signal()), requestLookup(store, signal())]);
    expect(lookups).to.deep.equal([{ proof: 'code' }, { proof: 'code' }]);
    await requestLookup(store, signal());
    expect(adapter.calls).to.deep.equal(['getRequestLookup']);
  });

  it('says unsupported for a lookup without getRequest, and asks no proof without getRequestLookup', async () => {
    const none = (await requestLookup(new ResourceStore({ getProcedure: async () => undefined }), signal()).catch(
      (e: CivicError) => e,
    )) as CivicError;
    expect(none.code).to.equal('unsupported');
    expect(await requestLookup(new ResourceStore(requestAdapter([])), signal())).to.deep.equal({});
  });

  it('asks the backend on every request lookup (never kept), with the time-out', async () => {
    const adapter = requestAdapter([inProgress]);
    const store = new ResourceStore(adapter);
    await findRequest(store, inProgress.reference, undefined, signal());
    await findRequest(store, inProgress.reference, undefined, signal());
    expect(adapter.calls).to.deep.equal([`getRequest:${inProgress.reference}:`, `getRequest:${inProgress.reference}:`]);
    const slow = new ResourceStore(requestAdapter([inProgress], { delay: Infinity }), { timeoutMs: 30 });
    expect(
      ((await findRequest(slow, 'x', undefined, signal()).catch((e: CivicError) => e)) as CivicError).code,
    ).to.equal('timeout');
    const missing = (await findRequest(store, 'nope', undefined, signal()).catch((e: CivicError) => e)) as CivicError;
    expect(missing.code).to.equal('not-found');
    expect(missing.message).not.to.contain('nope');
  });

  it('lists my requests with the session, never kept, leaving out unreadable ones', async () => {
    const adapter = requestAdapter([], { mine: [inProgress, { state: 'done' }] });
    const store = new ResourceStore(adapter);
    const session = () => ({ Authorization: 'Bearer t' });
    const { value, warnings } = await capturingWarnings(() => myRequests(store, session, signal()));
    expect(value.map((r) => r.reference)).to.deep.equal([inProgress.reference]);
    expect(warnings.join('\n')).to.contain('requests[1].reference: is required');
    await capturingWarnings(() => myRequests(store, session, signal()));
    expect(adapter.calls).to.deep.equal(['listMyRequests', 'listMyRequests']);
    expect(adapter.sessions).to.deep.equal([{ Authorization: 'Bearer t' }, { Authorization: 'Bearer t' }]);
    const refused = (await myRequests(store, () => ({}), signal()).catch((e: CivicError) => e)) as CivicError;
    expect(refused.code).to.equal('unauthorized');
    const unsupported = (await myRequests(
      new ResourceStore({ getProcedure: async () => undefined }),
      session,
      signal(),
    ).catch((e: CivicError) => e)) as CivicError;
    expect(unsupported.code).to.equal('unsupported');
  });
});
