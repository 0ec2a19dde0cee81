// Functions the demo pages' tests evaluate inside the page (Chromium or Firefox): they run in the
// browser, with its globals, and return plain data.
/* global document, window, innerWidth, getComputedStyle, Node */

/** True once every element, in the page and in every shadow root, has left its loading state. */
export function settled() {
  const busy = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('civic-') && el.localName !== 'civic-provider' && !el.shadowRoot) return true;
      if (el.matches('[aria-busy="true"], .loading')) return true;
      if (el.shadowRoot && busy(el.shadowRoot)) return true;
    }
    return false;
  };
  return document.readyState === 'complete' && document.fonts.status === 'loaded' && !busy(document);
}

/** What sticks out past the viewport's right edge, for the failure message. */
export function overflow() {
  const width = innerWidth;
  const culprits = [];
  const walk = (root, path) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName}>>`);
      const box = el.getBoundingClientRect();
      const clipped = getComputedStyle(el).clip !== 'auto'; // visually hidden text
      if (!clipped && box.width > 1 && box.right > width + 0.5 && el.children.length === 0)
        culprits.push(
          `${path}${el.localName}${el.className ? `.${String(el.className)}` : ''} to ${Math.round(box.right)} px`,
        );
    }
  };
  walk(document, '');
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: culprits.slice(0, 6) };
}

/** Each language button: its visible text (visually hidden parts left out) and its accessible name. */
export function languageButtons() {
  const hidden = (node) => {
    const style = getComputedStyle(node);
    return style.clip !== 'auto' || style.display === 'none' || style.visibility === 'hidden';
  };
  const visibleText = (node) =>
    [...node.childNodes]
      .map((child) => (child.nodeType === Node.TEXT_NODE ? child.data : hidden(child) ? '' : visibleText(child)))
      .join('');
  window.axe.setup(document); // the accessible-name computation reads axe's own tree of the page
  try {
    return [...document.querySelectorAll('button[data-lang]')].map((button) => ({
      visible: visibleText(button).replace(/\s+/g, ' ').trim(),
      name: window.axe.commons.text.accessibleText(button).replace(/\s+/g, ' ').trim(),
    }));
  } finally {
    window.axe.teardown();
  }
}

/** axe's WCAG 2.0-2.2 A and AA rules over the whole page, 2.5.3 (label in name, off by default in axe) included. */
export async function runAxe() {
  const results = await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'label-content-name-mismatch': { enabled: true } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page's language, once the FR / EN switch has set it. */
export function languageIs(lang) {
  return document.documentElement.lang === lang;
}
