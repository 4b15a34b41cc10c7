import { EngineValidationError } from '../engine/engine.errors.ts';
import { riskErrors } from '../risk.errors.ts';

/**
 * Runs an engine call and turns its input error into VALIDATION_FAILED naming the request field:
 * `rename` maps the engine's path ('substances.2.code') onto the body's ('inventory.2.substanceCode').
 */
export function withEngineFields<T>(run: () => T, rename: (field: string) => string = (f) => f): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof EngineValidationError)) throw error;
    throw riskErrors.engineInput(`body.${rename(error.field)}`, error.reason);
  }
}

/** Engine paths of a stored inventory, as the PUT body names them. */
export function inventoryField(field: string): string {
  return field.replace(/^substances/, 'inventory').replace(/^(inventory\.\d+)\.code$/, '$1.substanceCode');
}
