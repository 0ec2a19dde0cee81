import { expect, fixture, html } from '@open-wc/testing';
import { capturingWarnings } from '../../test/harness/console.js';
import { $$, words, expectNoLeak } from '../../test/harness/dom.js';
import { settle, until, shadowText } from '../../test/harness/render.js';
import {
  MONDAY_10,
  phone,
  procedureWith,
  cityAdapter,
  show,
  entries,
  kindOf,
  entry,
  stateLine,
  rows,
  fresh,
} from './channels.harness.js';

/**
 * `<civic-channels>`: a counter that gives only its national directory id (Annuaire de
 * l'administration) shows the directory's hours and address. The directory answers are the
 * repository's own samples: test/fixtures/annuaire/ (served as /__fixtures/annuaire/<name>) and
 * test/fixtures/channels/.
 */

/** The office of test/fixtures/annuaire/api-records-by-siret.json (a directory API answer). */
const DIRECTORY_ID = '5e0c7a1d-2b4f-4c8e-9a36-d71f0b2c4e85';
const DIRECTORY_FIXTURE = '/__fixtures/annuaire/api-records-by-siret.json';
/** A counter of the catalog that gives its name and directory id only. */
const franceServices = {
  kind: 'counter',
  office: { id: 'france-services', name: 'Maison France services de Saint-Aurel', directoryId: DIRECTORY_ID },
};

/** Records every fetch of the page while it runs. */
function spyOnFetch(): { urls: string[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return original.call(window, input, init);
  };
  return { urls, restore: () => void (window.fetch = original) };
}

describe('<civic-channels>', () => {
  describe('national directory', () => {
    it("shows the directory's hours and address for a counter that gives only its directoryId", async () => {
      const el = await show([franceServices], { directory: fresh(DIRECTORY_FIXTURE) });
      const li = entry(el, 'Au guichet');
      await until(el, () => !!li.querySelector('table'), 'the directory hours');
      expect(words(li.querySelector('.place')), 'the catalog name wins').to.equal(
        'Maison France services de Saint-Aurel',
      );
      expect(words(li.querySelector('address'))).to.equal('8 rue des Tanneurs 44000 Saint-Aurel-sur-Loire');
      expect(li.querySelector<HTMLAnchorElement>('a.map')!.href).to.contain('mlat=47.231804');
      const week = rows(li);
      expect(week[0]).to.deep.equal(['lundi', '8:45 – 12:15, 13:45 – 17:15']);
      expect(week[4]).to.deep.equal(['vendredi', '8:45 – 12:15']);
      expect(week[5]).to.deep.equal(['samedi', 'fermé']);
      expect(stateLine(li)).to.equal('Ouvert · ferme à 12:15');
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('accepts a directory URL relative to the page, like the catalog src', async () => {
      const el = await show([franceServices], { directory: fresh(DIRECTORY_FIXTURE).slice(location.origin.length) });
      const li = entry(el, 'Au guichet');
      await until(el, () => !!li.querySelector('table'), 'the directory hours');
      expect(rows(li)[0]).to.deep.equal(['lundi', '8:45 – 12:15, 13:45 – 17:15']);
    });

    it('keeps the box and its channels when the directory setting is not a URL', async () => {
      const { value: el } = await capturingWarnings(() =>
        show([franceServices, phone], { directory: 'http://[not a url' }),
      );
      await until(
        el,
        () => shadowText(el).includes("Les horaires n'ont pas pu être chargés"),
        'the failure message',
        1500,
      );
      expect(entries(el).map(kindOf)).to.deep.equal(['Au guichet', 'Par téléphone']);
      expect(words(entry(el, 'Au guichet').querySelector('.place'))).to.equal('Maison France services de Saint-Aurel');
    });

    it('says the hours are loading, then keeps the catalog address over the directory one', async () => {
      const annex = {
        kind: 'counter',
        office: {
          id: 'annexe',
          name: 'Mairie annexe',
          directoryId: 'c0ffee00-0000-4000-8000-00000000a001',
          address: { lines: ['12 quai de Loire'], postalCode: '44100', locality: 'Saint-Aurel-sur-Loire' },
        },
      };
      const el = await show([annex], {
        directory: fresh('/__slow/600/test/fixtures/channels/directory-answer-annex.json'),
      });
      const li = entry(el, 'Au guichet');
      expect(words(li)).to.contain('Chargement des horaires…');
      expect(words(li.querySelector('.place'))).to.equal('Mairie annexe');
      await until(el, () => !!li.querySelector('table'), 'the directory hours');
      expect(words(li)).not.to.contain('Chargement des horaires');
      expect(words(li.querySelector('address'))).to.equal('12 quai de Loire 44100 Saint-Aurel-sur-Loire');
      expect(rows(li)[1]).to.deep.equal(['mardi', '9:00 – 12:30']);
      expect(rows(li)[0]).to.deep.equal(['lundi', 'fermé']);
      expect(stateLine(li)).to.equal('Fermé · ouvre demain à 9:00');
    });

    it('keeps the channel and says so when the directory is down', async () => {
      const { value: el, warnings } = await capturingWarnings(async () => {
        const shown = await show([franceServices], { directory: fresh('/__status/503') });
        const li = entry(shown, 'Au guichet');
        await until(shown, () => words(li).includes("Les horaires n'ont pas pu être chargés"), 'the failure message');
        return shown;
      });
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('.place'))).to.equal('Maison France services de Saint-Aurel');
      expect(words(li.querySelector('[role=status]'))).to.equal(
        "Les horaires n'ont pas pu être chargés : renseignez-vous avant de vous déplacer.",
      );
      expect(li.querySelector('[part~=hours-state]')).to.equal(null);
      expect(warnings.join('\n')).to.contain(DIRECTORY_ID);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('says so too when the directory does not know the office', async () => {
      const { value: el } = await capturingWarnings(async () => {
        const shown = await show([franceServices], { directory: fresh('/__fixtures/annuaire/api-records-empty.json') });
        await until(
          shown,
          () => shadowText(shown).includes("Les horaires n'ont pas pu être chargés"),
          'the failure message',
        );
        return shown;
      });
      expect(words(entry(el, 'Au guichet').querySelector('.place'))).to.equal('Maison France services de Saint-Aurel');
    });

    it('asks the directory once for two channels of the same office, in one box or two', async () => {
      const spy = spyOnFetch();
      try {
        const directory = fresh(DIRECTORY_FIXTURE);
        const token = new URL(directory).search.slice(1);
        const adapter = cityAdapter([
          procedureWith([
            franceServices,
            { ...franceServices, kind: 'mail' },
            { ...franceServices, label: 'Second guichet' },
          ]),
        ]);
        const provider = await fixture(
          html`<civic-provider .adapter=${adapter} .directory=${directory}>
            <civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels>
            <civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels>
          </civic-provider>`,
        );
        const boxes = [...provider.querySelectorAll('civic-channels')];
        for (const box of boxes) {
          await settle(box);
          await until(box, () => $$(box, 'table').length === 2, 'both tables');
        }
        const calls = spy.urls.filter((u) => u.includes(token));
        expect(calls, calls.join('\n')).to.have.length(1);
        expect(new URL(calls[0]).searchParams.get('where')).to.equal(`id="${DIRECTORY_ID}"`);
        expect(new URL(calls[0]).searchParams.get('limit')).to.equal('1');
      } finally {
        spy.restore();
      }
    });
  });
});
