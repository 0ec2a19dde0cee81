import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RovingFocus } from './roving-focus.js';

class RovingHost extends LitElement {
  left: string[] = [];
  readonly roving = new RovingFocus(
    this,
    () => [...this.renderRoot.querySelectorAll<HTMLElement>('a')],
    (event) => this.left.push(event.key),
  );
  protected override render(): unknown {
    return html`<ul @keydown=${this.roving.onKeydown} @focusin=${this.roving.onFocusin}>
      ${[0, 1, 2].map((i) => html`<li><a href="#${i}" tabindex=${this.roving.tabIndexOf(i)}>${i}</a></li>`)}
    </ul>`;
  }
}
customElements.define('test-roving-host', RovingHost);

const links = (el: RovingHost) => [...el.shadowRoot!.querySelectorAll('a')];
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
const focused = (el: RovingHost) => links(el).indexOf(el.shadowRoot!.activeElement as HTMLAnchorElement);

describe('RovingFocus', () => {
  it('keeps one item in the tab order and moves with the arrows, Home and End', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    expect(links(el).map((a) => a.tabIndex)).to.deep.equal([0, -1, -1]);
    el.roving.focus(0);
    press(links(el)[0], 'ArrowDown');
    expect(focused(el)).to.equal(1);
    expect(links(el).map((a) => a.tabIndex)).to.deep.equal([-1, 0, -1]);
    press(links(el)[1], 'End');
    expect(focused(el)).to.equal(2);
    press(links(el)[2], 'ArrowDown');
    expect(focused(el), 'stays on the last').to.equal(2);
    press(links(el)[2], 'Home');
    expect(focused(el)).to.equal(0);
    expect(el.left).to.deep.equal([]);
  });

  it('leaves upwards from the first item and with Escape, as the element decides', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    press(links(el)[0], 'ArrowUp');
    press(links(el)[2], 'Escape');
    expect(el.left).to.deep.equal(['ArrowUp', 'Escape']);
    expect(press(links(el)[1], 'a'), 'other keys are left alone').to.equal(true);
  });

  it('makes an item focused by a click or Tab the one in the tab order', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    links(el)[2].focus();
    expect(el.roving.active).to.equal(2);
    expect(links(el).map((a) => a.tabIndex)).to.deep.equal([-1, -1, 0]);
  });
});
