import { lazyNamed } from '../../shared/utils/lazy-named.ts';

/** The home page's registry figures, loaded after the home page itself. */
export const RegistryStats = lazyNamed(() => import('./components/registry-stats.tsx'), 'RegistryStats');
