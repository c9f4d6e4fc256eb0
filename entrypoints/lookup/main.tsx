import { render } from 'preact';
import '../../src/ui/ui.css';
import './style.css';
import { LookupApp } from './App';

render(<LookupApp search={location.search} />, document.getElementById('app')!);
