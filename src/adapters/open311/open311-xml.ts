import { CivicError } from '../../core/civic-error.js';

/**
 * Reads an Open311 XML answer (the format the specification requires) into the same plain shape
 * its JSON form has, so one set of readers serves both: `<services><service>…` becomes
 * `{ services: { service: [ {…}, {…} ] } }` (a single child stays an object, not an array; the
 * readers accept both). An element without children is its text (`""` when empty: the readers
 * treat it as absent). An element that mixes text and elements (HTML written inside a note) is
 * its text content: markup is never interpreted, only its text is kept.
 *
 * DOMParser with `application/xml` runs nothing and loads nothing. A document that is not
 * well-formed is an `invalid-data` error.
 */
export interface XmlDocumentValue {
  /** Name of the root element: `services`, `service_requests`, `errors`… */
  root: string;
  /** `{ [root]: content }`, the JSON-like reading. */
  value: Record<string, unknown>;
}

/**
 * Pages that require Trusted Types make DOMParser ask for a trusted value. Parsing as
 * `application/xml` runs no script, so a pass-through policy is safe; its name,
 * `civic-elements-xml`, goes into the page's `trusted-types` directive (see the README).
 */
type TrustedTypesFactory = {
  createPolicy(name: string, rules: { createHTML(s: string): string }): { createHTML(s: string): string };
};
let xmlPolicy: { createHTML(s: string): string } | undefined | null;

function trusted(text: string): string {
  if (xmlPolicy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      xmlPolicy = factory ? factory.createPolicy('civic-elements-xml', { createHTML: (s) => s }) : null;
    } catch {
      xmlPolicy = null; // the page's policy does not allow it: parsing will say so
    }
  }
  return xmlPolicy ? xmlPolicy.createHTML(text) : text;
}

export function parseOpen311Xml(body: string, source = 'the answer'): XmlDocumentValue {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(trusted(body.replace(/^\uFEFF/, '')), 'application/xml');
  } catch (error) {
    throw new CivicError('invalid-data', `${source} is not valid XML`, { cause: error, details: [String(error)] });
  }
  // Chromium puts a <parsererror> inside the document, Firefox makes it the root.
  const failure = doc.getElementsByTagNameNS('*', 'parsererror')[0];
  const root = doc.documentElement;
  if (failure || !root) {
    const reason = (failure?.textContent ?? 'no root element').replace(/\s+/g, ' ').trim().slice(0, 300);
    throw new CivicError('invalid-data', `${source} is not well-formed XML`, { details: [reason] });
  }
  try {
    return { root: root.localName, value: Object.fromEntries([[root.localName, elementValue(root)]]) };
  } catch (error) {
    // A document nested deeper than the stack allows.
    throw new CivicError('invalid-data', `${source} could not be read`, { cause: error, details: [String(error)] });
  }
}

function elementValue(element: Element): unknown {
  if (element.childElementCount === 0) return element.textContent ?? '';
  for (const node of element.childNodes) {
    if ((node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) && node.nodeValue?.trim()) {
      return element.textContent ?? '';
    }
  }
  // A Map, then Object.fromEntries: an element named "__proto__" stays a plain field.
  const fields = new Map<string, unknown>();
  for (const child of element.children) {
    const value = elementValue(child);
    const name = child.localName;
    const before = fields.get(name);
    // An element's value is never an array, so an array here is made of repeated elements.
    if (Array.isArray(before)) before.push(value);
    else fields.set(name, fields.has(name) ? [before, value] : value);
  }
  return Object.fromEntries(fields);
}
