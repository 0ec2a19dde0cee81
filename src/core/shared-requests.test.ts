import { expect } from '@open-wc/testing';
import { SharedRequests } from './shared-requests.js';

/** A request we settle by hand, recording whether it was aborted. */
function manual<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  let signal!: AbortSignal;
  let starts = 0;
  const start = (s: AbortSignal) => {
    starts++;
    signal = s;
    return new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  };
  return {
    start,
    resolve: (v: T) => resolve(v),
    reject: (e: unknown) => reject(e),
    get signal() {
      return signal;
    },
    get starts() {
      return starts;
    },
  };
}

describe('SharedRequests', () => {
  it('shares one request among simultaneous callers and keeps the result', async () => {
    const requests = new SharedRequests<number>();
    const m = manual<number>();
    const callers = Array.from({ length: 50 }, () => requests.get('k', m.start, new AbortController().signal));
    m.resolve(42);
    expect(await Promise.all(callers)).to.deep.equal(Array(50).fill(42));
    expect(await requests.get('k', m.start, new AbortController().signal)).to.equal(42);
    expect(m.starts).to.equal(1);
  });

  it('keeps the request while one caller still waits, aborts it when the last gives up', async () => {
    const requests = new SharedRequests<number>();
    const m = manual<number>();
    const a = new AbortController();
    const b = new AbortController();
    const first = requests.get('k', m.start, a.signal);
    const second = requests.get('k', m.start, b.signal);
    a.abort();
    await first.then(
      () => expect.fail('first must reject'),
      (e: DOMException) => expect(e.name).to.equal('AbortError'),
    );
    expect(m.signal.aborted, 'still needed by the second caller').to.equal(false);
    b.abort();
    await second.catch(() => undefined);
    expect(m.signal.aborted, 'nobody needs it any more').to.equal(true);
    expect(requests.size).to.equal(0);
  });

  it('does not keep failures, so a later caller tries again', async () => {
    const requests = new SharedRequests<number>();
    const m = manual<number>();
    const failing = requests.get('k', m.start, new AbortController().signal);
    m.reject(new Error('boom'));
    await failing.then(
      () => expect.fail('must reject'),
      (e: Error) => expect(e.message).to.equal('boom'),
    );
    const retry = requests.get('k', m.start, new AbortController().signal);
    m.resolve(7);
    expect(await retry).to.equal(7);
    expect(m.starts).to.equal(2);
  });

  it('rejects at once for a caller whose signal is already aborted', async () => {
    const requests = new SharedRequests<number>();
    const m = manual<number>();
    const controller = new AbortController();
    controller.abort();
    await requests.get('k', m.start, controller.signal).then(
      () => expect.fail('must reject'),
      () => undefined,
    );
    expect(m.starts).to.equal(0);
  });
});
