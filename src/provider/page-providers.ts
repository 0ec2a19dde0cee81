import type { CivicContextValue } from './civic-context.js';

/**
 * The rule for elements that no provider contains (a CMS editor cannot always wrap content):
 * such an element uses the first `<civic-provider>` of the page, in document order. This module
 * keeps the page's connected providers and the elements waiting on that rule.
 */
export interface PageProvider extends Element {
  readonly contextValue: CivicContextValue | undefined;
}

type Listener = (value: CivicContextValue | undefined) => void;

const providers = new Set<PageProvider>();
const orphans = new Map<Element, Listener>();

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Node | null = node; current;) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/**
 * The provider for an element that no provider answered: one that contains it (it was defined
 * after the element asked), or else the first provider of the page.
 */
function providerFor(element: Element): PageProvider | undefined {
  let first: PageProvider | undefined;
  let closest: PageProvider | undefined;
  for (const provider of providers) {
    if (composedContains(provider, element) && (!closest || composedContains(closest, provider))) closest = provider;
    if (!first || first.compareDocumentPosition(provider) & Node.DOCUMENT_POSITION_PRECEDING) first = provider;
  }
  return closest ?? first;
}

function notify(): void {
  for (const [element, listener] of orphans) listener(providerFor(element)?.contextValue);
}

export function providerConnected(provider: PageProvider): void {
  providers.add(provider);
  notify();
}

export function providerDisconnected(provider: PageProvider): void {
  providers.delete(provider);
  notify();
}

/** A provider's value changed: its orphan elements must hear it too. */
export function providerChanged(): void {
  notify();
}

export function hasPageProvider(): boolean {
  return providers.size > 0;
}

/** Serves an element by the page rule until `stop()`; the listener is called now and on changes. */
export function adoptOrphan(element: Element, listener: Listener): () => void {
  orphans.set(element, listener);
  listener(providerFor(element)?.contextValue);
  return () => orphans.delete(element);
}
