import { expect } from '@open-wc/testing';
import { capturingWarnings } from '../../test/harness/console.js';
import { $, $$, words, expectNoLeak } from '../../test/harness/dom.js';
import { shadowText } from '../../test/harness/render.js';
import { URLS, phone, mail, email, show, entries, kindOf, entry } from './channels.harness.js';

/**
 * `<civic-channels>` on wrong, sparse and hostile channel data: what cannot be read is left out
 * with a warning, never shown as "undefined", never made a link or an element.
 */

describe('<civic-channels>', () => {
  describe('bad data', () => {
    it('leaves out a channel of an unknown kind, with a console warning', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        show([phone, { kind: 'fax', phone: '02 61 91 00 99' }, email]),
      );
      expect(entries(el).map(kindOf)).to.deep.equal(['Par téléphone', 'Par e-mail']);
      expect(warnings.join('\n')).to.contain('channels[1].kind').and.contain('must be one of');
      expectNoLeak(el);
    });

    it('shows a phone that is not a number as text, without a link', async () => {
      const { value: el } = await capturingWarnings(() => show([{ kind: 'phone', phone: 'appelez-nous' }]));
      const li = entry(el, 'Par téléphone');
      expect(words(li)).to.contain('appelez-nous');
      expect(li.querySelector('a'), 'no link').to.equal(null);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('leaves out hours it cannot read, and keeps the channel without an open-now line', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        show([
          { kind: 'counter', address: mail.address, hours: { weekly: { mo: ['8h-12h'] } } },
          { kind: 'phone', phone: '3939', hours: { weekly: { mo: ['12:00-12:00'] } } },
        ]),
      );
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('address'))).to.contain('Saint-Aurel-sur-Loire');
      expect(li.querySelector('[part~=hours-state]'), 'no open-now line').to.equal(null);
      expect(li.querySelector('table')).to.equal(null);
      expect(entry(el, 'Par téléphone').querySelector('[part~=hours]'), 'empty range left out').to.equal(null);
      expect(words(li), 'said on the page').to.contain("Les horaires n'ont pas pu être");
      expect(words(entry(el, 'Par téléphone'))).to.contain("Les horaires n'ont pas pu être");
      expect(warnings.join('\n')).to.contain('8h-12h');
      expectNoLeak(el);
    });

    it('never makes a link of a javascript: URL', async () => {
      const { value: el } = await capturingWarnings(() =>
        show([
          { kind: 'online', url: 'javascript:alert(1)', label: 'Piège' },
          { kind: 'app', url: ' JavaScript:alert(2)' },
          { kind: 'counter', address: mail.address, appointment: { required: true, url: 'javascript:alert(3)' } },
          email,
        ]),
      );
      const hrefs = [...$$(el, '[href]')].map((a) => a.getAttribute('href')!);
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).to.deep.equal([]);
      expect(shadowText(el)).not.to.match(/javascript/i);
      expect(entries(el).map(kindOf), 'the other channels stay').to.include.members(['Par e-mail', 'Au guichet']);
      const counterEntry = entry(el, 'Au guichet');
      expect(counterEntry.querySelector('a.action'), 'no booking link').to.equal(null);
      expectNoLeak(el);
    });

    it('never turns HTML of the data into elements', async () => {
      const w = window as unknown as { __civicPwned?: number };
      delete w.__civicPwned;
      const { value: el } = await capturingWarnings(() =>
        show([
          { kind: 'phone', phone: '+33 2 61 91 00 10', label: '<img src=x onerror="window.__civicPwned=1">Accueil' },
          { kind: 'email', email: 'etat-civil@saint-aurel.example', label: 'Réponse en < 48 h & > 2 h' },
          {
            kind: 'online',
            url: URLS.online,
            needed: ['<b>gras</b>', 'Une photo'],
            note: { fr: '<script>window.__civicPwned=2</script>' },
          },
        ]),
      );
      // An image of the data would have failed to load by the time this one has.
      await new Promise((failed) => {
        const control = new Image();
        control.addEventListener('error', failed, { once: true });
        control.src = `x?control=${Date.now()}`;
      });
      expect($(el, 'img, b, script'), 'no element from the data').to.equal(null);
      expect(w.__civicPwned).to.equal(undefined);
      expect(words(entry(el, 'Par e-mail').querySelector('.label'))).to.equal('Réponse en < 48 h & > 2 h');
      expectNoLeak(el);
    });

    it('shows nothing like "undefined" or "NaN" for sparse or odd channels', async () => {
      const { value: el } = await capturingWarnings(() =>
        show([
          { kind: 'phone' },
          { kind: 'counter' },
          { kind: 'mail', office: { id: 'x', name: { en: 'Only in English' } } },
          { kind: 'live' },
          { kind: 'app' },
          { kind: 'email' },
          { kind: 'online', needed: [{ de: 'Nur Deutsch' }], modes: ['video', 'telepathy'] },
          { kind: 'counter', address: { lines: ['1 rue X'], locality: 'Y' }, appointment: { required: false } },
        ]),
      );
      expect(entries(el).length).to.be.greaterThan(0);
      expectNoLeak(el);
      expect(shadowText(el)).to.contain('Only in English').and.contain('Sans rendez-vous.');
      await expect(el).to.be.accessible();
    });

    it('searches the map for an address without a postal code without saying "undefined"', async () => {
      const el = await show([{ kind: 'counter', address: { lines: ['1 rue X'], locality: 'Y' } }]);
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('address'))).to.equal('1 rue X Y');
      const map = li.querySelector<HTMLAnchorElement>('a.map')!;
      expect(map.getAttribute('href')).not.to.match(/undefined/);
      expect(new URL(map.href).searchParams.get('query')).to.match(/^1 rue X, ?Y$/);
    });
  });
});
