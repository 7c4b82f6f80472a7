// Browser entry of the explorer, bundled offline by esbuild (src/explorer/index.ts) from node_modules.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api';
import { App } from './App';
import './explorer.css';

const container = document.getElementById('explorer')!;
container.textContent = '';
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
