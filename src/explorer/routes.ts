/**
 * The explorer's URLs, shared by the server (which answers each with the app
 * page, so a shared or reloaded link works) and the client (its router).
 * Every view has its own path; filters and paging live in the query string.
 */
export const EXPLORER_VIEWS = ['search', 'relation', 'country', 'organization', 'person', 'agreement', 'statement', 'fact', 'article'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

/** True for `/` and for `/<view>` or `/<view>/...`: the paths the explorer's router knows. */
export function isExplorerPath(pathname: string): boolean {
  if (pathname === '/') return true;
  const first = pathname.split('/')[1] ?? '';
  return (EXPLORER_VIEWS as readonly string[]).includes(first);
}

/** Path of a record's page from its GraphQL type name and global id. */
export function recordPath(typename: string, id: string): string {
  return `/${typename.toLowerCase()}/${encodeURIComponent(id)}`;
}

export const relationPath = (a: string, b: string) => `/relation/${a}/${b}`;
export const countryPath = (iso2: string) => `/country/${iso2}`;
