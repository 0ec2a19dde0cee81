/**
 * Loads an element's code the first time its tag is in the page, whether in the HTML or inserted
 * later (an AJAX block of the CMS). The CDN bundle uses it for elements that few pages show, so
 * that every other page does not download them. One observer serves every waiting tag; tags inside
 * other components' shadow roots are not seen (import the element's module there).
 */
const waiting = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadPresent(): void {
  for (const [tag, load] of waiting) {
    if (!document.querySelector(tag)) continue;
    waiting.delete(tag);
    load().catch((error: unknown) => {
      console.error(`civic-elements: <${tag}> could not be loaded; it is tried again when the page changes.`, error);
      watch(tag, load); // not at once: a network that is down would make it a loop
    });
  }
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

function watch(tag: string, load: () => Promise<unknown>): void {
  waiting.set(tag, load);
  if (!observer) {
    observer = new MutationObserver(loadPresent);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}

export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag) || waiting.has(tag)) return;
  watch(tag, load);
  loadPresent();
}
