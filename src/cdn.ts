/** The CDN bundle: one <script type="module"> defines every element, Lit included. */
export * from './index.js';
