// The card script as the built card-ui.js runs it: it leaves its API on the global of whoever imported it.
import { registerCardUi } from '../../../../src/card/register';

registerCardUi();
