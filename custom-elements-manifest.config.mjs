// Builds custom-elements.json from the JSDoc on the element classes (@tagname, @fires, @csspart,
// @cssprop, @slot). Tests and the test harness are not part of the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
