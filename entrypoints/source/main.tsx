import { render } from 'preact';
import '../../src/ui/ui.css';
import '../../src/source/source.css';
import { SourceApp } from '../../src/source/SourceApp';
import { uiLocale } from '../../src/platform/i18n';

render(<SourceApp search={location.search} locale={uiLocale()} />, document.getElementById('app')!);
