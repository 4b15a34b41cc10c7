import type { AssessmentTableSet, RegionalMapData } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { closeRing, formatCoordinates, parseCoordinates, previewLevel } from './assessment-preview.ts';
import { levelCounts, visibleMask } from './map-model.ts';

const enterprises: RegionalMapData['enterprises'] = {
  ids: ['a', 'b', 'c', 'd', 'e'],
  names: ['A', 'B', 'C', 'D', 'E'],
  lng: [1, 2, 3, 4, 5],
  lat: [1, 2, 3, 4, 5],
  level: [4, 3, 2, 1, 0],
  industries: [[0], [1], [0, 1], [], [1]],
  township: [0, 0, 1, 1, -1],
};

describe('visibleMask and levelCounts', () => {
  it('no filter shows all', () => {
    expect([...visibleMask(enterprises, { levels: [], industry: null })]).toEqual([1, 1, 1, 1, 1]);
  });
  it('filters by levels (none = not yet assessed) and by industry, together', () => {
    expect([...visibleMask(enterprises, { levels: ['major', 'none'], industry: null })]).toEqual([
      1, 0, 0, 0, 1,
    ]);
    expect([...visibleMask(enterprises, { levels: [], industry: 1 })]).toEqual([0, 1, 1, 0, 1]);
    expect([...visibleMask(enterprises, { levels: ['general', 'low'], industry: 1 })]).toEqual([
      0, 0, 1, 0, 0,
    ]);
  });
  it('counts by level code under the industry filter', () => {
    expect(levelCounts(enterprises, null)).toEqual([1, 1, 1, 1, 1]);
    expect(levelCounts(enterprises, 0)).toEqual([0, 0, 1, 0, 1]);
  });
});

const lec: AssessmentTableSet = {
  key: 'lec-default@1',
  method: 'lec',
  nameZh: 'LEC',
  source: '',
  scoreSymbol: 'D',
  isDefault: true,
  factors: ['l', 'e', 'c'].map((key) => ({
    key,
    symbol: key.toUpperCase(),
    nameZh: key,
    options: [0.5, 1, 3, 6, 7, 15, 40].map((value) => ({ value, labelZh: '', labelEn: '' })),
  })),
  bands: [
    { min: 320, max: null, minInclusive: true, maxInclusive: false, label: '', level: 'major', color: 'red' },
    {
      min: 160,
      max: 320,
      minInclusive: true,
      maxInclusive: false,
      label: '',
      level: 'significant',
      color: 'orange',
    },
    {
      min: 70,
      max: 160,
      minInclusive: true,
      maxInclusive: false,
      label: '',
      level: 'general',
      color: 'yellow',
    },
    { min: 0, max: 70, minInclusive: true, maxInclusive: false, label: '', level: 'low', color: 'blue' },
  ],
};

describe('previewLevel', () => {
  it('multiplies and bands like the engine, boundaries included', () => {
    expect(previewLevel(lec, { l: 6, e: 6, c: 15 })).toEqual({ score: 540, level: 'major' });
    expect(previewLevel(lec, { l: 1, e: 1, c: 320 / 1 })).toBeNull(); // 320 is not an allowed C
    expect(previewLevel(lec, { l: 0.5, e: 40, c: 16 })).toBeNull();
    expect(previewLevel(lec, { l: 1, e: 7, c: 40 })).toEqual({ score: 280, level: 'significant' });
    expect(previewLevel(lec, { l: 1, e: 1, c: 7 })).toEqual({ score: 7, level: 'low' });
  });
  it('is empty until every factor has an allowed value', () => {
    expect(previewLevel(lec, { l: 6, e: 6 })).toBeNull();
    expect(previewLevel(lec, { l: 6, e: 6, c: 2 })).toBeNull();
  });
});

describe('coordinates text', () => {
  it('parses lines and separators, refuses bad or out-of-range positions', () => {
    expect(parseCoordinates('118.8,31.9\n118.81 31.91;118.82，31.92')).toEqual([
      [118.8, 31.9],
      [118.81, 31.91],
      [118.82, 31.92],
    ]);
    expect(parseCoordinates('')).toEqual([]);
    expect(parseCoordinates('118.8')).toBeNull();
    expect(parseCoordinates('181,31')).toBeNull();
    expect(parseCoordinates('118,91')).toBeNull();
    expect(parseCoordinates('a,b')).toBeNull();
  });
  it('formats six decimals and closes rings once', () => {
    expect(formatCoordinates([[118.8, 31.9]])).toBe('118.800000,31.900000');
    const ring = closeRing([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(ring).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(closeRing(ring)).toEqual(ring);
  });
});
