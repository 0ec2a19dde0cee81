import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PauseController } from './pause-controller.js';

class PauseHost extends LitElement {
  ready = true;
  settled = 0;
  readonly pause = new PauseController(this, 30, () => {
    if (!this.ready) return false;
    this.settled++;
    return true;
  });
}
customElements.define('test-pause-host', PauseHost);

const waitFor = async (done: () => boolean) => {
  const end = Date.now() + 2000;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('PauseController', () => {
  it('settles once after the last of quick changes', async () => {
    const el = await fixture<PauseHost>(html`<test-pause-host></test-pause-host>`);
    el.pause.changed();
    el.pause.changed();
    el.pause.changed();
    expect(el.settled).to.equal(0);
    await waitFor(() => !el.pause.pending);
    expect(el.settled).to.equal(1);
  });

  it('settles at once on flush, and not again when the pause ends', async () => {
    const el = await fixture<PauseHost>(html`<test-pause-host></test-pause-host>`);
    el.pause.changed();
    el.pause.flush();
    expect(el.settled).to.equal(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(el.settled).to.equal(1);
  });

  it('keeps a change it cannot settle yet, and settles it after a later update', async () => {
    const el = await fixture<PauseHost>(html`<test-pause-host></test-pause-host>`);
    el.ready = false;
    el.pause.changed();
    el.pause.flush();
    expect(el.pause.pending).to.equal(true);
    el.ready = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.settled).to.equal(1);
    expect(el.pause.pending).to.equal(false);
  });

  it('settles what was pending when it comes back to the page', async () => {
    const el = await fixture<PauseHost>(html`<test-pause-host></test-pause-host>`);
    const parent = el.parentElement!;
    el.pause.changed();
    el.remove();
    await new Promise((r) => setTimeout(r, 60));
    expect(el.settled, 'not while away').to.equal(0);
    parent.append(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.settled).to.equal(1);
  });
});
