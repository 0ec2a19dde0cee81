import { expect } from '@open-wc/testing';
import { singular, stopWords, words } from './search-normalize.js';

const folded = (text: string) => words(text).map((w) => w.w);
const originals = (text: string) => words(text).map((w) => text.slice(w.s, w.e));

describe('search-normalize', () => {
  it('folds case, accents and ligatures', () => {
    expect(folded('État CIVIL à Noël, œuvre, Æsop, Straße')).to.deep.equal([
      'etat',
      'civil',
      'a',
      'noel',
      'oeuvre',
      'aesop',
      'strasse',
    ]);
  });

  it('splits at apostrophes (straight and curly), hyphens and punctuation', () => {
    expect(folded("d'identité d’état Saint-Aurel-sur-Loire (PACS) 16 ans… nid-de-poule")).to.deep.equal([
      'd',
      'identite',
      'd',
      'etat',
      'saint',
      'aurel',
      'sur',
      'loire',
      'pacs',
      '16',
      'ans',
      'nid',
      'de',
      'poule',
    ]);
  });

  it('gives offsets in the original text, accents and all', () => {
    const text = 'Carte nationale d’identité et passeport';
    expect(originals(text)).to.deep.equal(['Carte', 'nationale', 'd', 'identité', 'et', 'passeport']);
    expect(words('État civil')[0]).to.deep.include({ w: 'etat', s: 0, e: 4 });
  });

  it('keeps decomposed accents (NFD text) inside their word', () => {
    const text = 'E\u0301tat civil';
    expect(words(text)[0]).to.deep.include({ w: 'etat', s: 0, e: 5 });
  });

  it('splits at emoji and keeps offsets right after them (surrogate pairs)', () => {
    const text = '🐶chien 𝔭𝔞𝔰𝔰';
    expect(folded(text)).to.deep.equal(['chien', 'pass']);
    expect(originals(text)).to.deep.equal(['chien', '𝔭𝔞𝔰𝔰']);
  });

  it('gives nothing for text without letters', () => {
    expect(words('')).to.deep.equal([]);
    expect(words('  ’ - (.*+?[\\ 🐕 \ud800')).to.deep.equal([]);
  });

  it('has French and English stop words, none for other languages', () => {
    const fr = stopWords('fr-FR');
    for (const w of [
      'le',
      'la',
      'les',
      'de',
      'du',
      'des',
      'd',
      'l',
      'un',
      'une',
      'et',
      'en',
      'a',
      'au',
      'aux',
      'pour',
      'par',
      'sur',
      'mon',
      'ma',
      'mes',
    ])
      expect(fr.has(w), w).to.equal(true);
    expect(fr.has('carte')).to.equal(false);
    const en = stopWords('en');
    for (const w of ['the', 'a', 'of', 'to', 'for', 'my']) expect(en.has(w), w).to.equal(true);
    expect(en.has('le')).to.equal(false);
    expect(stopWords('de').has('de')).to.equal(false);
  });

  it('makes plurals singular', () => {
    expect(singular('cartes', 'fr')).to.equal('carte');
    expect(singular('bureaux', 'fr')).to.equal('bureau');
    expect(singular('carte', 'fr')).to.equal('carte');
    expect(singular('bus', 'fr')).to.equal('bus');
    expect(singular('adresse', 'fr')).to.equal('adresse');
    expect(singular('libraries', 'en')).to.equal('library');
    expect(singular('permits', 'en')).to.equal('permit');
    expect(singular('box', 'en')).to.equal('box');
    expect(singular('class', 'en')).to.equal('class');
  });
});
