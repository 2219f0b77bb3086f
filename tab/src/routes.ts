import { isOpportunityId } from '../../domain/opportunity';
import { isObjectId } from '../../domain/registration';
import { isState } from '../../domain/states';
import type { Route } from './App';

/** Views live in the address hash (`#detail/MA-2026-0001`), so the browser's back button and links work. */
export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'detail':
    case 'draft':
      return `#${route.name}/${route.id}`;
    case 'person':
      return `#person/${encodeURIComponent(route.id)}`;
    case 'all':
      return route.state ? `#all/${route.state}` : '#all';
    default:
      return `#${route.name}`;
  }
}

export function routeFromHash(hash: string): Route | null {
  const [name, arg] = hash.replace(/^#/, '').split('/');
  switch (name) {
    case 'dashboard':
    case 'mine':
    case 'inbox':
    case 'guide':
    case 'people':
      return { name };
    case 'person':
      return isObjectId(arg) ? { name, id: arg } : null;
    case 'all':
      return isState(arg) ? { name, state: arg } : { name };
    case 'detail':
    case 'draft':
      return isOpportunityId(arg) ? { name, id: arg } : null;
    default:
      return null;
  }
}
