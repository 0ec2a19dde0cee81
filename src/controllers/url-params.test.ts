import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { UrlParams } from './url-params.js';

class UrlHost extends LitElement {
  names: string[] = [];
  readonly url = new UrlParams(this, () => this.names);
}
customElements.define('test-url-host', UrlHost);

describe('UrlParams', () => {
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  it('reads only the parameters asked, trimmed, and only when the page opted in', async () => {
    history.replaceState(history.state, '', '?q=%20passeport%20&theme=etat-civil&other=1#top');
    const el = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    expect(el.url.read()).to.deep.equal({});
    el.names = ['q', 'theme', 'audience'];
    expect(el.url.read()).to.deep.equal({ q: 'passeport', theme: 'etat-civil' });
  });

  it('writes with replaceState, keeping other parameters and the fragment, and removes empty ones', async () => {
    history.replaceState(history.state, '', '?q=old&other=1#top');
    const el = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    const entries = history.length;
    el.url.write({ q: 'new' });
    expect(location.search, 'nothing without opting in').to.equal('?q=old&other=1');
    el.names = ['q', 'theme'];
    el.url.write({ q: ' carte ', theme: 'etat-civil' });
    expect(location.search).to.equal('?q=carte&other=1&theme=etat-civil');
    expect(location.hash).to.equal('#top');
    el.url.write({ q: '', theme: undefined });
    expect(location.search).to.equal('?other=1');
    expect(history.length, 'no new history entry').to.equal(entries);
  });
});
