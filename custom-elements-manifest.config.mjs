// Builds custom-elements.json from the JSDoc on the element classes (@tagname, @fires, @csspart,
// @cssprop, @slot). Tests are not part of the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
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
