import type { SearchHitRow } from '../../db/search';
import type { Page } from '../../lib/connection';

/** What SearchConnection and SearchEdge resolve from (codegen mappers): a page of the data layer's hits, with cursors. */
export type SearchConnectionRow = Page<SearchHitRow>;
export type SearchEdgeRow = SearchHitRow & { cursor: string };
