import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LiveAnnouncer } from './live-announcer.js';

class AnnouncerHost extends LitElement {
  readonly announcer = new LiveAnnouncer(this);
  protected override render(): unknown {
    return this.announcer.region();
  }
}
customElements.define('test-announcer-host', AnnouncerHost);

describe('LiveAnnouncer', () => {
  it('says words in a polite, atomic status region, and the same words again as a change', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    const said: string[] = [];
    for (const words of ['3 résultats', '3 résultats', '3 résultats', '1 résultat']) {
      el.announcer.say(words);
      await el.updateComplete;
      said.push(region.textContent);
    }
    expect(said.map((s) => s.trim())).to.deep.equal(['3 résultats', '3 résultats', '3 résultats', '1 résultat']);
    expect(
      said.every((s, i) => i === 0 || s !== said[i - 1]),
      'the text changes each time',
    ).to.equal(true);
    el.announcer.clear();
    await el.updateComplete;
    expect(region.textContent).to.equal('');
  });
});
