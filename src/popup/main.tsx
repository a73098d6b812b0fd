import { render } from 'preact';
import { App } from './App';
import './popup.css';

performance.mark('ll-popup-script');
render(<App />, document.getElementById('app')!);
