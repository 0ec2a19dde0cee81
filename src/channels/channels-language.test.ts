import { expect } from '@open-wc/testing';
import { $, words } from '../../test/harness/dom.js';
import { until, shadowText } from '../../test/harness/render.js';
import { SATURDAY_16, counter, ALL, show, entries, kindOf, entry, stateLine, rows } from './channels.harness.js';

/** `<civic-channels>` in English, and following the page when its language changes. */

describe('<civic-channels>', () => {
  describe('languages', () => {
    it('speaks English on an English page, with English times', async () => {
      const el = await show(ALL, { lang: 'en' });
      expect(words($(el, '[part~=heading]'))).to.equal('How to do it');
      expect(entries(el).map(kindOf)).to.deep.equal([
        'Online',
        'In person',
        'By phone',
        'By post',
        'By e-mail',
        'With an advisor, live',
        'By messaging app',
        'Short number',
      ]);
      expect(words($(el, '.tag'))).to.equal('Recommended');
      const onlineEntry = entry(el, 'Online');
      expect(words(onlineEntry.querySelector('.label'))).to.equal('Pre-application on the city website');
      expect(words(onlineEntry.querySelector('ul.needed li'))).to.equal('A digital ID photo');
      expect(words(onlineEntry.querySelector('a.action'))).to.equal('Do it online');
      const counterEntry = entry(el, 'In person');
      expect(stateLine(counterEntry)).to.equal('Open · closes at 12:00 PM');
      expect(words(counterEntry.querySelector('summary'))).to.equal('See all opening hours');
      expect(rows(counterEntry)[0]).to.deep.equal(['Monday', '8:30 AM – 12:00 PM, 1:30 PM – 5:00 PM']);
      expect(rows(counterEntry)[6]).to.deep.equal(['Sunday', 'closed']);
      expect(words(counterEntry.querySelector('.appointment'))).to.equal('By appointment only.');
      expect(stateLine(entry(el, 'With an advisor, live'))).to.equal('Available now, until 5:00 PM');
      expect(shadowText(el)).not.to.match(/Ouvert|Fermé|lundi|Voir/);
      await expect(el).to.be.accessible();
    });

    it('says when a closed place opens again in English', async () => {
      const el = await show(ALL, { lang: 'en', now: SATURDAY_16 });
      expect(stateLine(entry(el, 'In person'))).to.equal('Closed · opens Monday at 8:30 AM');
      expect(stateLine(entry(el, 'With an advisor, live'))).to.equal('Unavailable · available Monday at 9:00 AM');
    });

    it('follows a language change of the page', async () => {
      const el = await show([counter]);
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Ouvert · ferme à 12:00');
      el.closest('civic-provider')!.setAttribute('lang', 'en');
      await until(el, () => entries(el).some((li) => kindOf(li) === 'In person'), 'English');
      expect(stateLine(entry(el, 'In person'))).to.equal('Open · closes at 12:00 PM');
    });
  });
});
