import { createContext, createElement, useContext, type ReactNode } from 'react';

/** What every fill of every slot carries: a key unique in its slot and a place in the order. */
export type SlotFillBase = { key: string; order: number };

/**
 * A named place one feature leaves open for features downstream of it to fill, e.g. the tabs of the
 * enterprise detail page. `Fill` is the shape a fill must have; the owner renders the fills.
 */
export type Slot<Fill extends SlotFillBase> = {
  readonly id: string;
  /** Never set: carries the fill type from defineSlot to fillSlot and useSlotFills. */
  readonly fillType?: Fill;
};

/** One fill as a feature descriptor lists it (the slot's type is checked where it is made). */
export type SlotFilling = { readonly slotId: string; readonly fill: SlotFillBase };

/** Every fill of every slot, each slot's fills in order. */
export type SlotRegistry = ReadonlyMap<string, readonly SlotFillBase[]>;

export function defineSlot<Fill extends SlotFillBase>(id: string): Slot<Fill> {
  return Object.freeze({ id });
}

/** A feature's contribution to a slot, for its descriptor's `slots`. */
export function fillSlot<Fill extends SlotFillBase>(slot: Slot<Fill>, fill: Fill): SlotFilling {
  return { slotId: slot.id, fill };
}

/** Groups the fills by slot and orders them (by `order`, then `key`); a key twice in one slot is a bug. */
export function createSlotRegistry(fillings: readonly SlotFilling[]): SlotRegistry {
  const bySlot = new Map<string, SlotFillBase[]>();
  for (const { slotId, fill } of fillings) {
    const fills = bySlot.get(slotId) ?? [];
    if (fills.some((other) => other.key === fill.key)) {
      throw new Error(`Slot ${slotId} is filled twice with the key ${fill.key}`);
    }
    fills.push(fill);
    bySlot.set(slotId, fills);
  }
  for (const fills of bySlot.values()) {
    fills.sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return bySlot;
}

/** The fills of one slot, in order; none when nobody fills it. */
export function slotFills<Fill extends SlotFillBase>(
  registry: SlotRegistry,
  slot: Slot<Fill>,
): readonly Fill[] {
  // Safe: fillSlot only lets a Fill into the registry under this slot's id.
  return (registry.get(slot.id) ?? []) as readonly Fill[];
}

const SlotRegistryContext = createContext<SlotRegistry>(new Map());

/** Makes a registry's fills visible to useSlotFills below it; tests can provide their own. */
export function SlotProvider({ registry, children }: { registry: SlotRegistry; children: ReactNode }) {
  return createElement(SlotRegistryContext.Provider, { value: registry }, children);
}

/** The fills of a slot from the nearest SlotProvider, in order. */
export function useSlotFills<Fill extends SlotFillBase>(slot: Slot<Fill>): readonly Fill[] {
  return slotFills(useContext(SlotRegistryContext), slot);
}
