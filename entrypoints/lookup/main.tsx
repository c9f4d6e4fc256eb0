import { render } from 'preact';
import '../../src/ui/ui.css';
import '../../src/lookup/lookup.css';
import { LookupApp } from '../../src/lookup/LookupApp';

render(<LookupApp search={location.search} />, document.getElementById('app')!);
