// First: zod decides at schema construction whether to compile with eval, which our CSP forbids.
import './app/jitless-zod.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/app.tsx';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
