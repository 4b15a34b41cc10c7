/**
 * One line of a user's to-do panel: what (`key` names its text in the web's locales, `params` fill
 * it; `title` is the zh-CN text for other clients), how many, and where to go.
 */
export type TodoItem = {
  key: string;
  title: string;
  count: number;
  link: string;
  params?: Record<string, string | number>;
};

/** Contributes zero or more to-do lines for a viewer; each module registers its own. */
export type TodoSource<TContext> = (context: TContext) => Promise<TodoItem | readonly TodoItem[] | null>;

export type TodoRegistry<TContext> = {
  /** Adds a source; registering the same function again is a no-op (apps are built more than once in tests). */
  register(source: TodoSource<TContext>): void;
  /** Every source's lines, in registration order. */
  collect(context: TContext): Promise<TodoItem[]>;
};

/**
 * A registry of to-do sources. The viewer's context type is left to the caller, so platform/ does
 * not need to know who the actor is or what the domain counts.
 */
export function createTodoRegistry<TContext>(): TodoRegistry<TContext> {
  const sources = new Set<TodoSource<TContext>>();
  return {
    register(source) {
      sources.add(source);
    },
    async collect(context) {
      const results = await Promise.all([...sources].map((source) => source(context)));
      return results.flatMap((result) =>
        result === null ? [] : Array.isArray(result) ? [...result] : [result],
      );
    },
  };
}
