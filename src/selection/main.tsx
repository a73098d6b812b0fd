import { render } from 'preact';
import { SelectionResults } from './SelectionResults';
import './selection.css';

render(<SelectionResults />, document.getElementById('app')!);
