import { expect } from '@open-wc/testing';
import { catalogAdapter } from '../../test/harness/catalog-adapter.js';
import { capturingWarnings } from '../../test/harness/console.js';
import { catalogProcedures } from '../../test/harness/sample-catalog.js';
import { StaticAdapter } from '../adapters/static/static-adapter.js';
import type { CivicError } from '../core/civic-error.js';
import { catalogData } from '../data/catalog-store.js';
import { ResourceStore } from '../data/resource-store.js';
import { demoCatalogSrc } from './catalog.harness.js';

describe('the catalog data layer and the static adapter', () => {
  it('catalogData says unsupported without listProcedures', async () => {
    const store = new ResourceStore(catalogAdapter(catalogProcedures, { noList: true }));
    const error = (await catalogData(store, new AbortController().signal).catch((e: unknown) => e)) as CivicError;
    expect(error.code).to.equal('unsupported');
  });

  it('the static adapter lists the file, its themes, audiences, synonyms and highlights', async () => {
    const adapter = new StaticAdapter({ src: demoCatalogSrc() });
    const signal = new AbortController().signal;
    const all = await adapter.listProcedures({}, { signal });
    expect(all).to.have.length(53);
    expect((await adapter.listProcedures({ theme: 'animaux' }, { signal })).map((p) => p.id)).to.deep.equal([
      'permis-chien-categorise',
      'chats-errants',
      'animal-perdu',
    ]);
    expect(
      (await adapter.listProcedures({ audience: 'association', text: 'Salle des FÊTES' }, { signal })).map((p) => p.id),
    ).to.deep.equal(['location-salle']);
    expect(
      (await adapter.listProcedures({ text: '  salle  des fetes ' }, { signal })).map((p) => p.id),
      'accents and spaces ignored',
    ).to.deep.equal(['location-salle']);
    expect((await adapter.getThemes({ signal })).map((t) => t.id)).to.include('etat-civil');
    expect((await adapter.getAudiences({ signal })).map((a) => a.id)).to.include('famille');
    expect((await adapter.getSynonyms({ signal }))?.nounou).to.include('crèche');
    expect((await adapter.getHighlights({ signal }))?.[0].procedure).to.equal('inscription-listes-electorales');
    const data = await catalogData(new ResourceStore(adapter), signal);
    expect(data.procedures).to.have.length(53);
    expect(data.themes).to.have.length(10);
    expect(data.audiences).to.have.length(7);
    expect(data.highlights).to.have.length(3);
  });

  it('the static adapter still reads a catalog without themes, synonyms or highlights', async () => {
    const adapter = new StaticAdapter({ src: `/test/fixtures/small-catalog.json?catalog-test=${Date.now()}` });
    const signal = new AbortController().signal;
    const { value: data } = await capturingWarnings(() => catalogData(new ResourceStore(adapter), signal));
    expect(data.procedures.map((p) => p.id)).to.deep.equal(['full', 'partial', 'none']);
    expect(data.themes).to.deep.equal([]);
    expect(data.synonyms).to.deep.equal({});
    expect(data.highlights).to.deep.equal([]);
  });
});
