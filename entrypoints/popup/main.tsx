import { render } from 'preact';
import '../../src/ui/ui.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
