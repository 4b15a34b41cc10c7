import type { RiskObjectKind } from '@shuangkong/contracts';
import { riskTemplates } from './risk-templates.ts';

type Classes = { classify1: string | null; classify2: string | null };

let objectKinds: Map<string, RiskObjectKind> | undefined;
let measureClasses: Map<string, Classes> | undefined;

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

function build(): void {
  objectKinds = new Map();
  measureClasses = new Map();
  for (const library of riskTemplates) {
    for (const object of library.objects) {
      objectKinds.set(key(object.name), object.kind);
      for (const unit of object.units)
        for (const event of unit.events)
          for (const m of event.measures)
            measureClasses.set(key(m.content), { classify1: m.classify1, classify2: m.classify2 });
    }
  }
}

// Words that say what a risk object is when no library object has its name.
const ACTIVITY = /作业|检修|维修|装卸|动火|吊装|巡检|操作|施工|运输|清洗/;
const AREA = /区|库|场|站|站台|平台|车间|厂房|仓|室|间|房/;
const DEVICE = /罐|釜|塔|炉|泵|机|阀|器|管道|管线|锅炉|钢瓶|起重|叉车|电梯|压力容器/;

/**
 * The kind of an imported risk object: the library object of the same name gives it; otherwise its
 * name does (an activity, an area, a device), and 'facility' when nothing says.
 */
export function objectKindFor(name: string): RiskObjectKind {
  if (!objectKinds) build();
  const known = objectKinds?.get(key(name));
  if (known) return known;
  // What the name ends with says most (装卸站台 is a place, 储罐检修作业 an activity).
  const tail = name.trim().slice(-2);
  if (ACTIVITY.test(tail)) return 'activity';
  if (AREA.test(tail)) return 'area';
  if (DEVICE.test(tail)) return 'device';
  if (ACTIVITY.test(name)) return 'activity';
  if (AREA.test(name)) return 'area';
  if (DEVICE.test(name)) return 'device';
  return 'facility';
}

/** The national classify1/classify2 of a measure worded as a library measure, when one is. */
export function measureClassesFor(content: string): Classes | undefined {
  if (!measureClasses) build();
  return measureClasses?.get(key(content));
}
