import { z } from 'zod';

/**
 * Finite, realistic bounds for every number a client may send. A number past its bound is refused
 * with 400 naming the field, so nothing absurd (1e308 t of chlorine) is ever stored or computed on.
 */
export const LIMITS = {
  /** Design-maximum quantity of one substance in one unit: the largest tank farms hold 10⁶ t. */
  tonnes: 10_000_000,
  /** People: exposed within 500 m, headcount. */
  people: 10_000_000,
  /** LEC, MES factor values (the tables stop at 100 and 10). */
  factorValue: 10_000,
  /** LS likelihood and severity classes. */
  lsClass: 10,
  /** Sort orders and sequence numbers. */
  sort: 1_000_000,
  /** Image sizes in pixels. */
  pixels: 100_000,
  /** Money in fen: ten billion yuan. */
  amountFen: 1_000_000_000_000,
  /** Page numbers of a list. */
  page: 100_000,
} as const;

/** A finite number between min and max. */
export const boundedNumber = (min: number, max: number) => z.number().min(min).max(max);

/** A whole number between min and max. */
export const boundedInt = (min: number, max: number) => z.number().int().min(min).max(max);

/** A whole number from a query string, between min and max. */
export const boundedQueryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const latitude = boundedNumber(-90, 90);
export const longitude = boundedNumber(-180, 180);
