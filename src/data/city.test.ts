import { expect } from '@open-wc/testing';
import type { CivicAdapter } from '../model.js';
import { cityOf, DEFAULT_CITY } from './city.js';
import { ResourceStore } from './resource-store.js';

const storeOf = (city: unknown) =>
  new ResourceStore({ getProcedure: async () => undefined, getCity: async () => city } as unknown as CivicAdapter, {
    timeoutMs: 1000,
  });

describe('cityOf', () => {
  it('keeps a zone the adapter says it does not know (""), instead of Paris', async () => {
    const city = await cityOf(storeOf({ timeZone: '' }), new AbortController().signal);
    expect(city.timeZone).to.equal('');
  });

  it('keeps the zone given, and the defaults for a city that says nothing', async () => {
    expect((await cityOf(storeOf({ timeZone: 'America/Vancouver' }), new AbortController().signal)).timeZone).to.equal(
      'America/Vancouver',
    );
    expect(await cityOf(storeOf(undefined), new AbortController().signal)).to.deep.equal(DEFAULT_CITY);
  });
});
