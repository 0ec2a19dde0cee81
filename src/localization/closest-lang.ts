import { DEFAULT_LANGUAGE } from './locale-registry.js';

/**
 * The `lang` that applies to a node: its closest ancestor with a `lang` attribute, crossing
 * shadow roots up to the document. An empty `lang=""` means "unknown" and counts as absent.
 */
export function closestLang(node: Element): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const found = current.closest('[lang]:not([lang=""])');
      if (found) return found.getAttribute('lang')!;
    }
    const root: Node = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * One observer for the whole page watches every `lang` change, in the document and in each
 * shadow root an element lives in, and tells the interested elements to look again.
 */
const watchers = new Set<() => void>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observeRootsOf(node: Element): void {
  observer ??= new MutationObserver(() => {
    for (const watcher of watchers) watcher();
  });
  let root: Node = node.getRootNode();
  for (;;) {
    if (!observedRoots.has(root) && (root instanceof Document || root instanceof ShadowRoot)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

export function watchLang(node: Element, onChange: () => void): () => void {
  observeRootsOf(node);
  watchers.add(onChange);
  return () => watchers.delete(onChange);
}
