// The layers of src/ point one way (README, "Development"):
//
//   1. model and adapter contract   src/model.ts, src/core/
//   2. adapters                     src/adapters/
//   3. data layer                   src/data/, src/directory/, src/opening-hours/, src/localization/, src/format/
//   4. base classes, controllers    src/base/, src/controllers/, src/provider/, src/styles/, src/partials/, src/request/
//   5. elements                     every other folder of src/, one per element
//
// A module imports its own layer and the layers before it, never one after it; an element
// imports no other element's modules (it uses another by its tag, or imports its define.ts,
// which registers the tag). Rules are written by folder, so that new files and new element
// folders are covered without touching this file. Tests, stories and the entry points
// (src/index.ts, src/cdn*.ts) are outside the layers: they put everything together.

const CONTRACT = '^src/(model\\.ts$|core/)';
const ADAPTERS = '^src/adapters/';
const DATA = '^src/(data|directory|opening-hours|localization|format)/';
const BASE = '^src/(base|controllers|provider|styles|partials|request)/';
/** Any folder of src/ that is not one of the four layers above is an element's. */
const NOT_ELEMENT = [CONTRACT, ADAPTERS, DATA, BASE];
const ELEMENT = { path: '^src/([^/]+)/', pathNot: NOT_ELEMENT };
const ENTRY_POINTS = '^src/(index|cdn[^/]*)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle lets the load order decide what is defined: move what both need to a lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'contract-imports-no-layer-above',
      severity: 'error',
      comment: 'The model and the adapter contract are the bottom layer: they import nothing else of the library.',
      from: { path: CONTRACT },
      to: { path: '^src/', pathNot: CONTRACT },
    },
    {
      name: 'adapters-import-no-layer-above',
      severity: 'error',
      comment:
        'Adapters speak to back-ends through the contract (src/model.ts, src/core/): the data layer uses them, not the reverse.',
      from: { path: ADAPTERS },
      to: { path: '^src/', pathNot: [CONTRACT, ADAPTERS] },
    },
    {
      name: 'data-imports-no-layer-above',
      severity: 'error',
      comment: 'The data layer knows no base class, controller, style, partial nor element: they are built on it.',
      from: { path: DATA },
      to: { path: '^src/', pathNot: [CONTRACT, ADAPTERS, DATA] },
    },
    {
      name: 'base-imports-no-element',
      severity: 'error',
      comment: 'Base classes and controllers import no element: elements are built on them.',
      from: { path: BASE },
      to: { path: '^src/', pathNot: [CONTRACT, ADAPTERS, DATA, BASE] },
    },
    {
      name: 'elements-import-no-other-element',
      severity: 'error',
      comment:
        "An element uses another by its tag (or its define.ts, which registers the tag), never by its modules: each element's internals are its own.",
      from: ELEMENT,
      to: { path: '^src/', pathNot: [...NOT_ELEMENT, '^src/$1/', '^src/[^/]+/define\\.ts$'] },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a type from a layer above ties the layers all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // Tests, stories and the entry points put everything together: outside the rules.
    exclude: { path: ['\\.test\\.ts$', ENTRY_POINTS] },
  },
};
