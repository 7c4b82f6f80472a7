// Browser entry of the GraphQL IDE (GraphiQL 5). Bundled offline by esbuild
// (src/ide/build.ts) from node_modules: no CDN, no inline scripts. Plain ESM
// without JSX so that tsc (which does not see .js files) and esbuild agree.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './ide.css';

/** @type {{ endpoint: string, workers: Record<string, string>, tabs: { query: string, variables?: string }[], }} */
const config = JSON.parse(document.getElementById('ide-config').textContent);

// Monaco's web workers, served by our server like every other asset (see build.ts).
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(config.workers[label] ?? config.workers.editor);
  },
};

/** POST application/json to our own endpoint; GraphiQL passes the editor's headers in `options`. */
async function fetcher(params, options) {
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

const container = document.getElementById('graphiql');
container.textContent = '';
createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: config.tabs,
    defaultQuery: config.tabs[0]?.query,
  }),
);

