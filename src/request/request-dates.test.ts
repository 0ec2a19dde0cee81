import { expect } from '@open-wc/testing';
import { fr } from '../localization/locales/fr.js';
import { cityDay, expectedWhen, formatMoment, relativeDay } from './request-dates.js';

describe('request dates', () => {
  // An evening report in Vancouver, as an Open311 server writes it.
  const evening = '2024-03-05T18:30:00-08:00';

  it('shows a date at its own offset when the city’s zone is unknown, not in Paris time', () => {
    expect(formatMoment(evening, 'en', '')).to.match(/^March 5, 2024 at 6:30\sPM$/);
    expect(formatMoment(evening, 'en', '', false)).to.equal('March 5, 2024');
    expect(cityDay(evening, '')).to.equal('2024-03-05');
  });

  it('shows it in the city’s zone when known', () => {
    expect(formatMoment(evening, 'en', 'America/Vancouver')).to.match(/^March 5, 2024 at 6:30\sPM$/);
    expect(formatMoment(evening, 'en', 'America/Toronto')).to.match(/^March 5, 2024 at 9:30\sPM$/);
  });

  it('counts days in the date’s own offset when the zone is unknown', () => {
    // 20:00 in Vancouver on the 5th is already the 6th in UTC: still "today" there.
    expect(relativeDay(evening, new Date('2024-03-06T04:00:00Z'), 'en', '')).to.equal('today');
    expect(relativeDay('2024-03-07T09:00:00-08:00', new Date('2024-03-06T04:00:00Z'), 'en', '')).to.equal(
      'in\u00a02\u00a0days',
    );
  });

  it('says an expected date has passed, and since when, instead of "(il y a 199 mois)"', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(expectedWhen('2010-04-19', now, 'fr', 'Europe/Paris', fr.request)).to.equal(
      'Date prévue dépassée depuis le 19 avril 2010',
    );
    expect(expectedWhen('2026-12-02T17:00:00-08:00', now, 'fr', '', fr.request)).to.equal(
      'Date prévue dépassée depuis le 2 décembre 2026',
    );
    // Today and later: the date and how far it is.
    expect(expectedWhen('2026-12-03', now, 'fr', 'Europe/Paris', fr.request)).to.equal('3 décembre 2026 (aujourd’hui)');
    expect(expectedWhen('2026-12-06', now, 'fr', 'Europe/Paris', fr.request)).to.equal(
      '6 décembre 2026 (dans\u00a03\u00a0jours)',
    );
  });
});
