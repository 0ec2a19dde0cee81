import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RefreshController } from './refresh-controller.js';

class RefreshHost extends LitElement {
  next?: number;
  renders = 0;
  readonly refresh = new RefreshController(this, () => this.next);
  protected override render(): unknown {
    this.renders++;
    return null;
  }
}
customElements.define('test-refresh-host', RefreshHost);

/** Timers set while `run` runs, held by hand (a fake clock): their delays, and a way to fire them. */
async function holdingTimers(run: (timers: { delay: number; fire: () => void }[]) => Promise<void>): Promise<void> {
  const original = window.setTimeout;
  const timers: { delay: number; fire: () => void }[] = [];
  window.setTimeout = ((fire: () => void, delay = 0) => {
    timers.push({ delay, fire });
    return original(() => undefined, 0);
  }) as typeof window.setTimeout;
  try {
    await run(timers);
  } finally {
    window.setTimeout = original;
  }
}

describe('RefreshController', () => {
  it('renders again a second after the next change, and not before', async () => {
    await holdingTimers(async (timers) => {
      const el = await fixture<RefreshHost>(html`<test-refresh-host></test-refresh-host>`);
      expect(el.refresh.scheduled, 'nothing changes').to.equal(false);
      el.next = Date.now() + 60_000;
      el.requestUpdate();
      await el.updateComplete;
      const timer = timers.at(-1)!;
      expect(timer.delay).to.be.within(60_000, 61_000);
      const renders = el.renders;
      timer.fire();
      await el.updateComplete;
      expect(el.renders).to.equal(renders + 1);
    });
  });

  it('waits at most an hour, at least a second, and stops when the element leaves', async () => {
    await holdingTimers(async (timers) => {
      const el = await fixture<RefreshHost>(html`<test-refresh-host></test-refresh-host>`);
      el.next = Date.now() + 86_400_000;
      el.requestUpdate();
      await el.updateComplete;
      expect(timers.at(-1)!.delay).to.equal(3_600_000);
      el.next = Date.now() - 5000;
      el.requestUpdate();
      await el.updateComplete;
      expect(timers.at(-1)!.delay).to.equal(1000);
      el.remove();
      expect(el.refresh.scheduled).to.equal(false);
    });
  });
});
