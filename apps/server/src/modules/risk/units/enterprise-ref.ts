import type { VisibleEnterprise } from '../risk-scope.ts';

/**
 * An enterprise id that another module vouches for: it already checked its own scope before it
 * raised evidence from a hazard, a missed check or an alarm, and a job has no actor to scope by.
 * Only `unsafeFromModuleCall` builds one, so every such use is easy to find.
 */
export class TrustedEnterprise {
  private constructor(readonly id: string) {}

  /** For module-to-module commands only; HTTP handlers use VisibleEnterprise.load. */
  static unsafeFromModuleCall(id: string): TrustedEnterprise {
    return new TrustedEnterprise(id);
  }
}

/** What every risk repository function is scoped by: never a bare id. */
export type EnterpriseScope = VisibleEnterprise | TrustedEnterprise;
