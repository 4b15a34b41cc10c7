import { describe, expect, it } from 'vitest';
import { createSlotRegistry, defineSlot, fillSlot, slotFills } from './slots.ts';

type Tab = { key: string; order: number; label: string };
const tabs = defineSlot<Tab>('test.tabs');
const widgets = defineSlot<{ key: string; order: number }>('test.widgets');

describe('slot registry', () => {
  it('gives each slot its own fills, by order and then key', () => {
    const registry = createSlotRegistry([
      fillSlot(tabs, { key: 'risk', order: 20, label: 'Risk' }),
      fillSlot(widgets, { key: 'stats', order: 1 }),
      fillSlot(tabs, { key: 'hazard', order: 20, label: 'Hazard' }),
      fillSlot(tabs, { key: 'audit', order: 10, label: 'Audit' }),
    ]);
    expect(slotFills(registry, tabs).map((t) => t.label)).toEqual(['Audit', 'Hazard', 'Risk']);
    expect(slotFills(registry, widgets).map((w) => w.key)).toEqual(['stats']);
  });

  it('answers an empty list for a slot nobody fills', () => {
    const registry = createSlotRegistry([]);
    expect(slotFills(registry, tabs)).toEqual([]);
  });

  it('refuses one key twice in a slot', () => {
    expect(() =>
      createSlotRegistry([
        fillSlot(tabs, { key: 'risk', order: 1, label: 'a' }),
        fillSlot(tabs, { key: 'risk', order: 2, label: 'b' }),
      ]),
    ).toThrow(/test\.tabs.*risk/);
  });
});
