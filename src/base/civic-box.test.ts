import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { CivicError } from '../core/civic-error.js';
import { boxFailure, CivicBox, retryable } from './civic-box.js';

class BoxHost extends CivicBox {
  error?: CivicError;
  retries = 0;
  protected heading(): string {
    return 'Titre';
  }
  protected override render(): TemplateResult {
    const retry = () => this.retries++;
    return this.box(
      this.error ? boxFailure(this.error, this.error.message, { retry, retryLabel: 'Réessayer' }) : this.skeleton(),
      {
        busy: !this.error,
      },
    );
  }
}
customElements.define('test-civic-box', BoxHost);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('CivicBox', () => {
  it('is a section labelled by its heading, at the level asked (2 to 6, 2 otherwise)', async () => {
    const el = await fixture<BoxHost>(html`<test-civic-box heading-level="4"></test-civic-box>`);
    const section = $(el, 'section[part=base]')!;
    const heading = $(el, '[part=heading]')!;
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('4');
    expect(section.getAttribute('aria-busy'), 'busy while loading').to.equal('true');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('offers to try again only when trying again may help', async () => {
    const el = await fixture<BoxHost>(html`<test-civic-box></test-civic-box>`);
    el.error = new CivicError('network', 'down');
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, 'section')!.hasAttribute('aria-busy')).to.equal(false);
    $(el, '[part=error] + button')!.click();
    expect(el.retries).to.equal(1);
    el.error = new CivicError('unsupported', 'no method');
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, 'button')).to.equal(null);
    expect(
      ['no-provider', 'config', 'unsupported'].map((c) => retryable(new CivicError(c as 'config', c))),
    ).to.deep.equal([false, false, false]);
    expect(retryable(new CivicError('timeout', 'slow'))).to.equal(true);
  });
});
