import { deterministicId } from './deterministic-id.ts';

/** The stable ids of demo rows, derived from their keys. */
export const demoIds = {
  enterprise: (key: string) => deterministicId(`enterprise:${key}`),
  regulator: (key: string) => deterministicId(`regulator:${key}`),
  orgUnit: (enterpriseKey: string, unitKey: string) => deterministicId(`org:${enterpriseKey}:${unitKey}`),
  user: (username: string) => deterministicId(`user:${username}`),
};
