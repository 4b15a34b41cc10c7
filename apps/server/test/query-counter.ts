import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/**
 * Counts the statements sent through a Kysely instance. Give it to createTestApp to prove that an
 * endpoint runs a fixed number of queries however large the data (no N+1), without timing anything.
 */
export class QueryCounter implements KyselyPlugin {
  count = 0;

  /** The number of statements `fn` sends. */
  async during(fn: () => Promise<unknown>): Promise<number> {
    const start = this.count;
    await fn();
    return this.count - start;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1;
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
