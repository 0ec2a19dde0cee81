/** Entry point `civic-elements/catalog.js`: defines <civic-catalog> (and the badge it shows). */
import { defineElement } from '../core/define-element.js';
import { CivicCatalog } from './catalog.js';
import '../online-badge/define.js';

defineElement('civic-catalog', CivicCatalog);

export { CivicCatalog };
export type { CatalogLoadDetail, CatalogSearchDetail } from './catalog.js';
