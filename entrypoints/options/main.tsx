import { render } from 'preact';
import '../../src/ui/ui.css';
import '../../src/options/options.css';
import { App } from '../../src/options/OptionsApp';
import { t } from '../../src/platform/i18n';

document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
