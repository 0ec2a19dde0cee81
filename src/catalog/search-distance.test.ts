import { expect } from '@open-wc/testing';
import { distance, typosAllowed } from './search-distance.js';

describe('search-distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(distance('passeport', 'passeport', 2)).to.equal(0);
    expect(distance('pasport', 'passeport', 2)).to.equal(2);
    expect(distance('identiter', 'identite', 2)).to.equal(1);
    expect(distance('chein', 'chien', 1)).to.equal(1);
    expect(distance('mairei', 'mairie', 1)).to.equal(1);
    expect(distance('carte', 'carpe', 1)).to.equal(1);
    expect(distance('', 'abc', 3)).to.equal(3);
  });

  it('stops at max + 1', () => {
    expect(distance('passeport', 'cantine', 2)).to.equal(3);
    expect(distance('abcdefgh', 'abcd', 1)).to.equal(2);
    expect(distance('permis', 'parmos', 1)).to.equal(2);
  });

  it('tolerates no typo under 4 letters, 1 for short words, 2 for long ones', () => {
    expect(typosAllowed(3, 4)).to.equal(0);
    expect(typosAllowed(4, 4)).to.equal(1);
    expect(typosAllowed(7, 7)).to.equal(1);
    expect(typosAllowed(7, 9)).to.equal(2);
    expect(typosAllowed(9, 8)).to.equal(2);
    expect(typosAllowed(6, 8)).to.equal(1);
  });
});
