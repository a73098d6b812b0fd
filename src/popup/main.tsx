import { render } from 'preact';
import { likelyLang, loadCatalogue } from '../ui/i18n';
import { App } from './App';
import './popup.css';

performance.mark('ll-popup-script');
// The reader's messages, fetched beside the settings and the worker's answer rather than after them.
void loadCatalogue(likelyLang()).then(() => performance.mark('ll-messages'), () => undefined);
render(<App />, document.getElementById('app')!);
