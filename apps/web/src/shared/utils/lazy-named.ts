import { lazy, type ComponentType } from 'react';

/** React.lazy for a module's named export, so pages keep named exports and still split per route. */
export function lazyNamed<K extends string, M extends Record<K, ComponentType>>(
  loader: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await loader())[name] }));
}
