import { render } from 'preact';
import { likelyLang, loadCatalogue } from '../ui/i18n';
import { App } from './App';
import './popup.css';

performance.mark('ll-popup-script');
// The reader's messages, fetched beside the settings and the worker's answer rather than after them.
void loadCatalogue(likelyLang()).then(() => performance.mark('ll-messages'), () => undefined);
// The classic script (public/popup-first-paint.js) may have painted the copy of what the popup last showed, with
// #app hidden: the popup renders there unseen and takes the copy's place in one step, before the next paint.
const app = document.getElementById('app')!;
const copy = document.getElementById('ll-copy');
// (The copy's chart, if it drew one, moves into the popup's chart box as it mounts: chart-copy-handover.ts.)
render(<App onShown={copy ? () => (copy.remove(), (app.hidden = false)) : undefined} />, app);
