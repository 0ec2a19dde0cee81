/**
 * Defines a tag unless a copy of the library already did. CMS pages often load the library
 * twice (two plugins, two versions): the second copy warns once and the first keeps working.
 */
let warned = false;

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && !warned) {
    warned = true;
    console.warn(
      `civic-elements: <${tag}> is already defined, probably by another copy of the library on this page. ` +
        'This copy is ignored; load the library once.',
    );
  }
}
