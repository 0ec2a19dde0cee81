// Builds custom-elements.json from the JSDoc on the element classes (@tagname, @fires, @csspart,
// @cssprop, @slot). Tests are not part of the public API.

/**
 * The manifest is the public API that pages, IDEs and Storybook read: what a page may use.
 * `#private` fields, TypeScript's `private` and `protected` members (for subclasses inside the
 * library) and members marked `@internal` are implementation details, free to change in any
 * release: they are left out. The analyzer already skips `@internal` methods and fields; this
 * also covers accessors and whatever it copies from a base class into its subclasses.
 */
function publicApiOnly() {
  /** Names of the `@internal` members, by class name. */
  const internal = new Map();
  const isInternal = (ts, node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal');
  const hidden = (className, member) =>
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('#') ||
    internal.get(className)?.has(member.name) === true ||
    (member.inheritedFrom !== undefined && internal.get(member.inheritedFrom.name)?.has(member.name) === true);

  return {
    name: 'civic-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name && isInternal(ts, member)) {
          const names = internal.get(node.name.text) ?? new Set();
          names.add(member.name.getText());
          internal.set(node.name.text, names);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members)
            declaration.members = declaration.members.filter((member) => !hidden(declaration.name, member));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicApiOnly(),
    {
      // Files are found in file-system order, which differs between checkouts: sort by path so
      // that the committed manifest is the same on every machine (CI checks it is up to date).
      name: 'civic-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
