import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/**
 * Forces an interleaving for race tests: once armed, the results of queries that mention `table`
 * are held back until `count` of them have run, so that concurrent transactions all read before
 * any of them writes. Needs a database with real concurrency (PostgreSQL, not PGlite's one
 * connection). Inert until armed; the timeout only keeps a broken test from hanging.
 */
export class QueryGate implements KyselyPlugin {
  private readonly matching = new WeakSet<QueryId>();
  private waiting: { table: string; left: number; open: Promise<void>; release: () => void } | null = null;

  /** Holds the next `count` reads of `table` until all of them have run. */
  arm(table: string, count: number, timeoutMs = 10_000): void {
    let release = () => {};
    const open = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, timeoutMs).unref();
    });
    this.waiting = { table, left: count, open, release };
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (
      this.waiting &&
      args.node.kind === 'SelectQueryNode' &&
      JSON.stringify(args.node).includes(this.waiting.table)
    )
      this.matching.add(args.queryId);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const gate = this.waiting;
    if (!gate || !this.matching.has(args.queryId)) return args.result;
    gate.left -= 1;
    if (gate.left <= 0) {
      this.waiting = null;
      gate.release();
    }
    await gate.open;
    return args.result;
  }
}
