// The page script as the built page.js runs it: it leaves its API on the global of whoever imported it.
import { registerPageScript } from '../../../../src/page/register';

registerPageScript();
