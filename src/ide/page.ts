/** The HTML page that hosts the GraphQL IDE. Scripts come from our server only (see build.ts). */
import type { IdeBundle } from './build';
import { escapeHtml, SAME_ORIGIN_CSP, scriptJson } from '../web/serve';
import { EXAMPLE_QUERIES } from './examples';

export interface IdePageOptions {
  /** Where the IDE sends operations, e.g. `/graphql`. */
  endpoint: string;
  /** URL prefix of the bundle's files, ending in `/`, e.g. `/ide/assets/`. */
  assetBase: string;
}

export function renderIdePage(bundle: IdeBundle, { endpoint, assetBase }: IdePageOptions): string {
  const config = {
    endpoint,
    workers: Object.fromEntries(Object.entries(bundle.workers).map(([label, file]) => [label, assetBase + file])),
    tabs: EXAMPLE_QUERIES.map((e) => ({ query: e.query, ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}) })),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL IDE · Korea–Central Asia knowledge API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(assetBase + bundle.stylesheet)}">
<script id="ide-config" type="application/json">${scriptJson(config)}</script>
<script defer src="${escapeHtml(assetBase + bundle.script)}"></script>
</head>
<body>
<div id="graphiql"><p class="ide-loading">Loading the GraphQL IDE… (it needs JavaScript; without it, POST queries to <code>${escapeHtml(endpoint)}</code>.)</p></div>
</body>
</html>
`;
}

/** Content-Security-Policy for the page: same-origin only (Monaco adds inline styles at run time). */
export const IDE_PAGE_CSP = SAME_ORIGIN_CSP;
