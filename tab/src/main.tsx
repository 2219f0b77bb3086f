import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';
import { routeFromHash, routeToHash } from './routes';

/** Find out where we run (Teams or a development browser), then draw the tab. */
void detectHost().then((host) => {
  // A Teams deep link names its view in `subEntityId` (the bot's "Finish in the tab" names
  // `draft/MA-…`): the tab opens on it, as if its address had that hash.
  const asked =
    host.kind === 'teams' && host.startView ? routeFromHash(`#${host.startView}`) : null;
  if (asked && !location.hash) history.replaceState(null, '', routeToHash(asked));
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={host} />);
});
