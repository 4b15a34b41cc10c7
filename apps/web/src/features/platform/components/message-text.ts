import type { TFunction } from 'i18next';

type Params = Record<string, string | number> | undefined;

/**
 * A to-do line in the reader's language: `todo.<key>` filled with its params (a `status` param picks
 * the context, e.g. overdue or due soon); the server's zh-CN title when the key is unknown.
 */
export function todoText(t: TFunction, todo: { key: string; title: string; params?: Params }): string {
  const params = todo.params ?? {};
  const context = typeof params.status === 'string' ? params.status : undefined;
  return t(`platform:todo.${todo.key}`, { ...params, context, defaultValue: todo.title });
}

/** A message's title in the reader's language: `notify.<kind>` with its params, else the stored title. */
export function messageTitle(t: TFunction, item: { kind: string; title: string; params?: Params }): string {
  return t(`platform:notify.${item.kind}`, { ...(item.params ?? {}), defaultValue: item.title });
}
