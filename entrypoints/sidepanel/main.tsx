import { i18n } from '#i18n';
import { render } from 'preact';
import { App } from './App';

// The page's <title> in index.html is the English fallback until this runs.
document.title = i18n.t('app.title');
render(<App />, document.getElementById('app')!);
