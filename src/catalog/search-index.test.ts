import { expect } from '@open-wc/testing';
import { SearchIndex } from './search-index.js';
import type { SearchDocument, SearchHit, TextRange } from './search-index.types.js';

interface DemoProcedure {
  id: string;
  title: { fr: string; en: string };
  summary?: { fr: string; en: string };
  keywords?: string[];
  popularity?: number;
}

const SYNONYMS = {
  chien: ['permis de détention'],
  'carte grise': ["certificat d'immatriculation"],
};

let demo: DemoProcedure[];
let fr: SearchIndex;
const docs = (lang: 'fr' | 'en'): SearchDocument[] =>
  demo.map((p) => ({
    id: p.id,
    title: p.title[lang],
    summary: p.summary?.[lang],
    keywords: p.keywords,
    popularity: p.popularity,
  }));
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
/** The highlighted parts of a text. */
const marked = (text: string, ranges: readonly TextRange[]) => ranges.map(([s, e]) => text.slice(s, e));
const title = (id: string) => demo.find((p) => p.id === id)!.title.fr;
const summary = (id: string) => demo.find((p) => p.id === id)!.summary!.fr;

before(async () => {
  demo = ((await (await fetch('/demo/data/catalog.json')).json()) as { procedures: typeof demo }).procedures;
  fr = new SearchIndex(docs('fr'), { lang: 'fr', synonyms: SYNONYMS });
});

describe('SearchIndex', () => {
  it('indexes every document', () => {
    expect(fr.size).to.equal(demo.length);
    expect(new SearchIndex([]).size).to.equal(0);
    expect(new SearchIndex([]).search('passeport')).to.deep.equal([]);
  });

  describe('finds what a citizen types', () => {
    it('without accents or capitals: "etat civil" finds the civil status records', () => {
      const found = ids(fr.search('etat civil'));
      expect(found).to.include.members(['acte-naissance', 'acte-mariage', 'changement-prenom']);
      expect(found).not.to.include('pacs'); // "Pacte civil" has no "état"
      expect(ids(fr.search('ÉTAT CIVIL'))).to.deep.equal(found);
    });

    it('the word being typed as a prefix: "passe" finds the passport, "inscr" the enrolments', () => {
      expect(ids(fr.search('passe'))[0]).to.equal('carte-identite-passeport');
      const found = ids(fr.search('inscr'));
      expect(found.slice(0, 4)).to.have.members([
        'inscription-scolaire',
        'inscription-mediatheque',
        'ecole-musique',
        'inscription-listes-electorales',
      ]);
    });

    it('only the last word as a prefix, and not once a space follows it', () => {
      expect(ids(fr.search('inscr ecole'))).to.deep.equal([]);
      expect(ids(fr.search('inscr '))).to.deep.equal([]);
      expect(ids(fr.search('ecole inscr'))).to.include('inscription-scolaire');
    });

    it('with a typo: "pasport" and "identiter"', () => {
      expect(ids(fr.search('pasport'))[0]).to.equal('carte-identite-passeport');
      expect(ids(fr.search('identiter'))[0]).to.equal('carte-identite-passeport');
      expect(ids(fr.search('pasport')), 'two typos are too many for a 7-letter word').not.to.include(
        'accueil-periscolaire',
      );
    });

    it('not with typos in short words', () => {
      expect(ids(fr.search('cin '))).to.deep.equal([]); // "CNI" is one swap away, but 3 letters is too short
      expect(ids(fr.search('cni '))).to.deep.equal(['carte-identite-passeport']);
    });

    it('not with typos in numbers', () => {
      expect(ids(fr.search('13405'))).to.deep.equal(['permis-demolir']);
      expect(ids(fr.search('cerfa 13406 '))).to.deep.equal(['permis-construire']);
    });

    it('in the plural: "cartes d\'identité"', () => {
      const hits = fr.search("cartes d'identité");
      expect(hits[0].id).to.equal('carte-identite-passeport');
      expect(marked(title('carte-identite-passeport'), hits[0].highlights.title)).to.deep.equal(['Carte', 'identité']);
    });

    it('through the keywords: "CNI"', () => {
      expect(ids(fr.search('CNI'))).to.deep.equal(['carte-identite-passeport']);
    });

    it('every word must match (AND)', () => {
      expect(ids(fr.search('acte mariage'))[0]).to.equal('acte-mariage');
      expect(ids(fr.search('acte mariage'))).not.to.include('acte-naissance');
      expect(ids(fr.search('passeport cantine'))).to.deep.equal([]);
      expect(ids(fr.search('passeport xyzzyq'))).to.deep.equal([]);
    });

    it('ignores stop words, and a query of stop words only finds nothing', () => {
      expect(ids(fr.search('le passeport pour mon fils'))).to.deep.equal([]); // "fils" is nowhere
      expect(ids(fr.search('la carte d’identité'))[0]).to.equal('carte-identite-passeport');
      for (const q of ['', '   ', 'de la', "l'", 'à', 'les des du', "d'un"]) expect(fr.search(q), q).to.deep.equal([]);
    });
  });

  describe('synonyms', () => {
    const permit: SearchDocument = {
      id: 'detention',
      title: 'Permis de détention (catégories 1 et 2)',
      summary: 'Pour les propriétaires concernés.',
    };
    const registration: SearchDocument = {
      id: 'immatriculation',
      title: 'Certificat d’immatriculation',
      summary: 'Déclarer un véhicule.',
    };
    const identity: SearchDocument = {
      id: 'cni',
      title: 'Carte nationale d’identité',
      summary: 'Votre carte.',
      popularity: 1000,
    };
    const set = [permit, registration, identity];

    it('"chien" finds what the catalog calls "permis de détention"', () => {
      const index = new SearchIndex(set, { synonyms: SYNONYMS });
      const hits = index.search('chien');
      expect(ids(hits)).to.deep.equal(['detention']);
      expect(marked(permit.title, hits[0].highlights.title)).to.deep.equal(['Permis de détention']);
      expect(ids(new SearchIndex(set).search('chien')), 'without the synonym').to.deep.equal([]);
    });

    it('multi-word: "carte grise" finds the registration certificate, not the identity card', () => {
      const index = new SearchIndex(set, { synonyms: SYNONYMS });
      const hits = index.search('carte grise');
      expect(ids(hits)).to.deep.equal(['immatriculation']);
      expect(hits[0].highlights.title).to.deep.equal([[0, registration.title.length]]);
      expect(ids(index.search('carte gri')), 'while typing').to.deep.equal(['immatriculation']);
      expect(ids(index.search('carte'))[0]).to.equal('cni');
    });

    it('on the demo catalog', () => {
      expect(ids(fr.search('chien'))[0]).to.equal('permis-chien-categorise');
      expect(ids(fr.search('chien'))).to.include('animal-perdu'); // keyword "chien perdu"
      const [hit] = fr.search('chien');
      expect(marked(title(hit.id), hit.highlights.title)).to.deep.equal(['Permis de détention', 'chien']);
    });

    it('highlights a phrase and a word inside it as one range', () => {
      const [hit] = new SearchIndex(set, { synonyms: SYNONYMS }).search('permis chien');
      expect(marked(permit.title, hit.highlights.title)).to.deep.equal(['Permis de détention']);
    });
  });

  describe('ranking', () => {
    it('title beats keywords beats summary, whatever the popularity', () => {
      const index = new SearchIndex([
        { id: 'summary', title: 'Vignette', summary: 'Pour le stationnement résidentiel.', popularity: 900 },
        { id: 'keywords', title: 'Carte de riverain', keywords: ['stationnement'], popularity: 500 },
        { id: 'title', title: 'Stationnement résidentiel', popularity: 1 },
      ]);
      expect(ids(index.search('stationnement'))).to.deep.equal(['title', 'keywords', 'summary']);
    });

    it('popularity breaks ties', () => {
      const index = new SearchIndex([
        { id: 'rare', title: 'Permis de construire', popularity: 10 },
        { id: 'none', title: 'Permis de démolir' },
        { id: 'often', title: 'Permis de louer', popularity: 300 },
      ]);
      const hits = index.search('permis');
      expect(ids(hits)).to.deep.equal(['often', 'rare', 'none']);
      expect(hits[0].score).to.equal(hits[1].score);
    });

    it('exact before prefix before typo; exact before plural before typo', () => {
      const index = new SearchIndex([
        { id: 'typo', title: 'Fort', popularity: 3 },
        { id: 'prefix', title: 'Portail', popularity: 2 },
        { id: 'exact', title: 'Port', popularity: 1 },
      ]);
      expect(ids(index.search('port'))).to.deep.equal(['exact', 'prefix', 'typo']);
      const plurals = new SearchIndex([
        { id: 'typo', title: 'Forts', popularity: 3 },
        { id: 'plural', title: 'Port', popularity: 2 },
        { id: 'exact', title: 'Ports', popularity: 1 },
      ]);
      expect(ids(plurals.search('ports '))).to.deep.equal(['exact', 'plural', 'typo']);
    });

    it('all words in the title, in order, first', () => {
      const index = new SearchIndex([
        { id: 'split', title: 'Inscription', summary: 'Pour la cantine.', popularity: 900 },
        { id: 'reversed', title: 'Cantine : inscription', popularity: 500 },
        { id: 'ordered', title: 'Inscription à la cantine', popularity: 1 },
      ]);
      expect(ids(index.search('inscription cantine'))).to.deep.equal(['ordered', 'reversed', 'split']);
    });

    it('best first on the demo catalog', () => {
      // Titles by popularity, then the title "Pacte civil…" (one letter away), then summaries.
      expect(ids(fr.search('acte')).slice(0, 4)).to.deep.equal([
        'acte-naissance',
        'acte-mariage',
        'acte-deces',
        'pacs',
      ]);
      expect(ids(fr.search('passeport'))[0]).to.equal('carte-identite-passeport');
      expect(ids(fr.search('cantine'))[0]).to.equal('restauration-scolaire');
    });

    it('gives at most `limit` hits', () => {
      expect(fr.search('inscr', 2)).to.have.length(2);
      expect(fr.search('inscr', 0)).to.deep.equal([]);
      expect(fr.search('inscr').length).to.be.greaterThan(2);
    });
  });

  describe('highlights', () => {
    it('in the original title and summary, accents and capitals kept', () => {
      const index = new SearchIndex([
        { id: 'ec', title: 'État civil : actes et livret', summary: 'Les actes d’état civil, ÉTAT par état.' },
      ]);
      const [hit] = index.search('etat');
      expect(hit.highlights.title).to.deep.equal([[0, 4]]);
      expect(marked('Les actes d’état civil, ÉTAT par état.', hit.highlights.summary)).to.deep.equal([
        'état',
        'ÉTAT',
        'état',
      ]);
    });

    it('each matched word, sorted, of every kind (prefix, plural, typo)', () => {
      const hits = fr.search('pasport cartes identi');
      expect(hits[0].id).to.equal('carte-identite-passeport');
      expect(marked(title(hits[0].id), hits[0].highlights.title)).to.deep.equal(['Carte', 'identité', 'passeport']);
      expect(marked(summary(hits[0].id), hits[0].highlights.summary)).to.deep.equal(['carte', 'identité', 'passeport']);
      for (const h of hits)
        for (const list of [h.highlights.title, h.highlights.summary]) {
          list.forEach(([s, e], i) => {
            expect(s).to.be.lessThan(e);
            if (i) expect(s).to.be.greaterThan(list[i - 1][1]);
          });
        }
    });

    it('survive copying (spread, JSON, structured clone) and stay the same object', () => {
      const [hit] = fr.search('etat civil');
      expect(hit.highlights).to.equal(hit.highlights);
      expect({ ...hit }.highlights).to.deep.equal(hit.highlights);
      expect(JSON.parse(JSON.stringify(hit))).to.deep.equal({
        id: hit.id,
        score: hit.score,
        highlights: hit.highlights,
      });
      expect(structuredClone(hit).highlights).to.deep.equal(hit.highlights);
    });

    it('nothing where the word matched only in the keywords', () => {
      const [hit] = fr.search('CNI');
      expect(hit.highlights).to.deep.equal({ title: [], summary: [] });
    });
  });

  describe('English', () => {
    it('with English stop words and plurals', () => {
      const en = new SearchIndex(docs('en'), { lang: 'en' });
      expect(ids(en.search('the birth certificates'))[0]).to.equal('acte-naissance');
      expect(ids(en.search('registering to vot'))[0]).to.equal('inscription-listes-electorales');
      expect(en.search('the of to')).to.deep.equal([]);
      const libraries = new SearchIndex([{ id: 'lib', title: 'Public libraries' }], { lang: 'en' });
      expect(ids(libraries.search('library '))).to.deep.equal(['lib']);
      // French stop words are words in English: "de" here is searched, and found nowhere.
      expect(ids(en.search('passport de '))).to.deep.equal([]);
      expect(ids(en.search('passport '))).to.deep.equal(['carte-identite-passeport']);
    });
  });

  describe('hostile input', () => {
    it('regex characters, long queries, emoji, odd characters: no crash, sensible answers', () => {
      for (const q of [
        '(.*+?[',
        '\\',
        '$^|{}',
        ']',
        '.*',
        '\u0000',
        '\ud800',
        '\u200b',
        '🐶🐕‍🦺',
        'a'.repeat(10_000),
        'passeport '.repeat(1_000),
        '<script>alert(1)</script>',
      ]) {
        expect(() => fr.search(q), JSON.stringify(q.slice(0, 20))).not.to.throw();
      }
      expect(fr.search('(.*+?[')).to.deep.equal([]);
      expect(ids(fr.search('🐶 chien 🐕'))[0]).to.equal('permis-chien-categorise');
      expect(ids(fr.search('passeport '.repeat(1_000)))[0]).to.equal('carte-identite-passeport');
    });

    it('a 10,000-character query answers quickly', () => {
      const start = performance.now();
      fr.search('x'.repeat(10_000));
      fr.search('abcdefgh '.repeat(1_200));
      expect(performance.now() - start).to.be.lessThan(100);
    });

    it('documents with missing or odd fields', () => {
      const index = new SearchIndex([
        { id: 'a', title: '' },
        { id: 'b', title: 'Passeport', summary: undefined, keywords: [] },
        { id: 'c', title: 'Passeport 🛂', popularity: Number.NaN },
      ]);
      expect(ids(index.search('passeport'))).to.have.members(['b', 'c']);
    });
  });
});
