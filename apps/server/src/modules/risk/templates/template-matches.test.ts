import { describe, expect, it } from 'vitest';
import { riskTemplates } from './risk-templates.ts';
import { measureClassesFor, objectKindFor } from './template-matches.ts';

describe('matching imported rows to the libraries', () => {
  it('takes the kind of a library object of the same name', () => {
    const object = riskTemplates.flatMap((l) => l.objects).find((o) => o.kind !== 'facility');
    expect(object).toBeDefined();
    if (object) expect(objectKindFor(` ${object.name} `)).toBe(object.kind);
  });

  it.each([
    ['动火作业', 'activity'],
    ['装卸站台', 'area'],
    ['储罐检修作业', 'activity'],
    ['液氯储罐区', 'area'],
    ['原料仓库', 'area'],
    ['3号反应釜', 'device'],
    ['空压机', 'device'],
    ['消防设施', 'facility'],
  ] as const)('reads %s as %s when no library object has the name', (name, kind) => {
    expect(objectKindFor(name)).toBe(kind);
  });

  it('gives a library measure’s classify codes to the same wording, and nothing to other wording', () => {
    const measure = riskTemplates
      .flatMap((l) => l.objects.flatMap((o) => o.units.flatMap((u) => u.events.flatMap((e) => e.measures))))
      .find((m) => m.classify2);
    expect(measure).toBeDefined();
    if (measure) {
      expect(measureClassesFor(measure.content)).toEqual({
        classify1: measure.classify1,
        classify2: measure.classify2,
      });
    }
    expect(measureClassesFor('一条没有人写过的措施')).toBeUndefined();
  });
});
