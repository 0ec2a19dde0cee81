import { expect } from '@open-wc/testing';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import { passport } from '../../test/harness/sample-procedures.js';
import type { CivicError } from '../core/civic-error.js';
import type { CivicAdapter } from '../model.js';
import { ResourceStore } from './resource-store.js';

const signal = () => new AbortController().signal;

describe('ResourceStore', () => {
  it('asks the adapter once per procedure however many elements ask', async () => {
    const adapter = memoryAdapter([passport]);
    const store = new ResourceStore(adapter);
    const results = await Promise.all(Array.from({ length: 20 }, () => store.procedure('passeport', signal())));
    expect(results.every((p) => p.id === 'passeport')).to.equal(true);
    expect(adapter.calls).to.deep.equal(['getProcedure:passeport']);
  });

  it('ends with a time-out error even when the adapter ignores its signal', async () => {
    const deaf: CivicAdapter = { getProcedure: () => new Promise(() => undefined) };
    const store = new ResourceStore(deaf, { timeoutMs: 30 });
    const error = await store.procedure('x', signal()).then(
      () => undefined,
      (e: CivicError) => e,
    );
    expect(error?.code).to.equal('timeout');
  });

  it('aborts the adapter call on time-out', async () => {
    let seen: AbortSignal | undefined;
    const adapter: CivicAdapter = { getProcedure: (_id, { signal: s }) => ((seen = s), new Promise(() => undefined)) };
    await new ResourceStore(adapter, { timeoutMs: 20 }).procedure('x', signal()).catch(() => undefined);
    expect(seen?.aborted).to.equal(true);
  });

  it('turns a missing procedure into not-found and a malformed one into invalid-data', async () => {
    const store = new ResourceStore(
      memoryAdapter([{ id: 'bad', title: '<b>x</b>', online: { availability: 'full', url: 'javascript:alert(1)' } }]),
    );
    const missing = await store.procedure('nope', signal()).catch((e: CivicError) => e);
    expect((missing as CivicError).code).to.equal('not-found');
    const bad = (await store.procedure('bad', signal()).catch((e: CivicError) => e)) as CivicError;
    expect(bad.code).to.equal('invalid-data');
    expect(bad.details.join('\n'))
      .to.contain('title: must be plain text')
      .and.to.contain('online.url: is not an allowed link');
  });

  it('says unsupported when the adapter lacks the method', async () => {
    const store = new ResourceStore({} as CivicAdapter);
    const error = (await store.procedure('x', signal()).catch((e: CivicError) => e)) as CivicError;
    expect(error.code).to.equal('unsupported');
  });

  it('turns whatever a custom adapter throws into a coded error', async () => {
    const store = new ResourceStore({ getProcedure: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await store.procedure('x', signal()).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError); // the store passes it on; the element codes it (see online-badge tests)
  });
});
