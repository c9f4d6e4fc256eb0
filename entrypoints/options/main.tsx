import { render } from 'preact';
import '../../src/ui/ui.css';
import './style.css';
import { App } from './App';

document.title = 'Astana Facts settings';
render(<App />, document.getElementById('app')!);
