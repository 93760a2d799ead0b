import './zod-jitless';
// The shared sheets first: each screen's own sheet, imported by the screen, comes after them and wins ties.
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/dialog.css';
// The drafts' sheets load with the app: the cue card and the coach's look serve Rehearse too.
import './drafts/draft-list.css';
import './drafts/editor.css';
import './drafts/editor-sheet.css';
import './drafts/coach-panel.css';
import './drafts/cue-card.css';
import './drafts/editor-narrow.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken, inDesktopApp } from './api';
import { App } from './app';
import { LockGate } from './protection/lock-gate';
import { applyRememberedTheme } from './shell/theme';

if (!inDesktopApp()) captureToken();
applyRememberedTheme();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <LockGate>
      <App />
    </LockGate>
  </StrictMode>,
);
