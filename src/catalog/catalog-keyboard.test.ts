import { expect } from '@open-wc/testing';
import { DEFAULT_ORDER } from '../../test/harness/sample-catalog.js';
import { CatalogHarness } from './catalog.harness.js';

describe('<civic-catalog> keyboard', () => {
  it('goes from the box through the results with the arrow keys (a shortcut) and back', async () => {
    const c = await CatalogHarness.render();
    await c.search('acte');
    await c.pressKey('ArrowDown');
    expect(c.focused).to.equal(c.links[0]);
    await c.pressKey('ArrowDown');
    expect(c.focused).to.equal(c.links[1]);
    expect(
      c.links.map((a) => a.tabIndex),
      'every result in the tab order',
    ).to.deep.equal([0, 0]);
    await c.pressKey('ArrowDown');
    expect(c.focused, 'stays on the last').to.equal(c.links[1]);
    await c.pressKey('ArrowUp');
    expect(c.focused).to.equal(c.links[0]);
    await c.pressKey('ArrowUp');
    expect(c.focused, 'back to the box').to.equal(c.input);
    expect(c.input.value).to.equal('acte');
  });

  it('moves to the first and last result with Home and End', async () => {
    const c = await CatalogHarness.render();
    c.input.focus();
    await c.pressKey('ArrowDown');
    await c.pressKey('End');
    expect(c.links.length, 'results to move through').to.be.greaterThan(2);
    expect(c.focused).to.equal(c.links.at(-1));
    await c.pressKey('Home');
    expect(c.focused).to.equal(c.links[0]);
  });

  // The ARIA Authoring Practices keep one Tab stop with arrow keys for composite widgets (listbox,
  // grid, toolbar…), whose role tells the pattern. A list of links is not one: nothing tells a
  // keyboard user that arrows work, so each result is a Tab stop and the arrows only a shortcut.
  it('Tab goes through every result, the arrow keys being a shortcut', async () => {
    const c = await CatalogHarness.render({ limit: 3 });
    c.input.focus();
    await c.pressKey('ArrowDown');
    await c.pressKey('ArrowDown');
    expect(c.links.map((a) => a.tabIndex)).to.deep.equal([0, 0, 0]);
    await c.pressKey('Tab');
    expect(c.focused, 'the next result').to.equal(c.links[2]);
    await c.pressKey('Tab');
    expect(c.focused, 'the next stop after the results').to.equal(c.$('[part~=more]'));
  });

  it('clears the query with Escape in the box', async () => {
    const c = await CatalogHarness.render();
    await c.search('acte');
    expect(c.results()).to.have.length(2);
    await c.pressKey('Escape');
    expect(c.input.value).to.equal('');
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
    expect(c.focused).to.equal(c.input);
  });

  it('clears the query with Escape on a result and returns to the box', async () => {
    const c = await CatalogHarness.render();
    await c.search('acte');
    await c.pressKey('ArrowDown');
    await c.pressKey('ArrowDown');
    expect(c.focused).to.equal(c.links[1]);
    await c.pressKey('Escape');
    expect(c.focused).to.equal(c.input);
    expect(c.input.value).to.equal('');
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
  });
});
