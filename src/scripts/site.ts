// The one script every page loads: small, and each part does nothing where its markup is absent.
import { initCopyButtons } from './copy-code.ts';
import { initMenu } from './menu.ts';
import { initSearch } from './search/dialog.ts';
import { initThemeToggle } from './theme.ts';

initThemeToggle();
initMenu();
initCopyButtons();
initSearch();
