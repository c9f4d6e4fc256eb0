import { render } from 'preact';
import '../../src/ui/ui.css';
import '../../src/popup/popup.css';
import { App } from '../../src/popup/PopupApp';

render(<App />, document.getElementById('app')!);
