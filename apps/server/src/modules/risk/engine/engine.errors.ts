/**
 * Bad input to a pure engine. `field` is the path inside the request ('inputs.e',
 * 'substances.2.quantityTonnes') so the HTTP layer can answer VALIDATION_FAILED pointing at it.
 */
export class EngineValidationError extends Error {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'EngineValidationError';
    this.field = field;
    this.reason = reason;
  }
}
