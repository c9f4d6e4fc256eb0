import { render } from 'preact';
import '../../src/ui/ui.css';
import '../../src/options/options.css';
import { App } from '../../src/options/OptionsApp';

document.title = 'Astana Facts settings';
render(<App />, document.getElementById('app')!);
