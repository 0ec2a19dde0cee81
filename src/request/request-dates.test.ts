import { expect } from '@open-wc/testing';
import { cityDay, formatMoment, relativeDay } from './request-dates.js';

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
});
