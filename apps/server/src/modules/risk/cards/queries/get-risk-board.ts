import { riskLevel, type RiskBoard } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { presentMajorSourceListItem } from '../../major-sources/major-source.presenter.ts';
import { listMajorSourceObjects } from '../../major-sources/major-source.repository.ts';
import { enterpriseLevel } from '../../risk-level.ts';
import {
  accidentTypesOf,
  enterprisePhones,
  latest,
  levelColor,
  presentCardUnit,
  publicEmergencyPhones,
  shanghaiDate,
} from '../cards.presenter.ts';
import {
  enterpriseContacts,
  eventsOfUnits,
  measuresOfEvents,
  registerAccidentTypes,
  unitLevelsOf,
  unitsAtLevels,
} from '../cards.repository.ts';
import { loadCardEnterprise } from '../load-post.ts';

// The 公告栏 is read from across the site, so it lists only the few key measures of each unit.
const KEY_MEASURES = 4;

/** 安全风险公告栏: overall level, the major and significant units, major sources, phones. */
export async function getRiskBoard(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  publicUrl: string,
): Promise<RiskBoard> {
  const enterprise = await loadCardEnterprise(db, actor, enterpriseId);
  const e = enterprise.id;
  const [contacts, levels, units, majorSources, types] = await Promise.all([
    enterpriseContacts(db, e),
    unitLevelsOf(db, e),
    unitsAtLevels(db, e, ['major', 'significant']),
    listMajorSourceObjects(db, e),
    registerAccidentTypes(db, e),
  ]);
  const events = await eventsOfUnits(
    db,
    e,
    units.map((u) => u.id),
  );
  const measures = await measuresOfEvents(
    db,
    e,
    events.map((ev) => ev.id),
  );
  const overallLevel = enterpriseLevel(
    levels,
    majorSources.map((m) => m.majorSourceGrade),
  );
  const count = (level: string) => levels.filter((l) => l.currentLevel === level).length;

  return {
    enterpriseName: contacts.name,
    overallLevel,
    overallColor: levelColor(overallLevel),
    levelCounts: {
      major: count('major'),
      significant: count('significant'),
      general: count('general'),
      low: count('low'),
    },
    units: units.flatMap((unit) => {
      const level = riskLevel.safeParse(unit.currentLevel);
      if (!level.success) return [];
      const card = presentCardUnit(unit, events, measures, publicUrl);
      return [
        {
          unitId: card.unitId,
          unitCode: card.unitCode,
          unitName: card.unitName,
          objectName: card.objectName,
          level: level.data,
          color: levelColor(level.data) ?? 'blue',
          mainRisks: card.mainRisks,
          accidentTypes: card.accidentTypes,
          keyMeasures: card.controlMeasures.slice(0, KEY_MEASURES).map((m) => m.content),
          emergencyMeasures: card.emergencyMeasures,
          responsible: card.responsible,
        },
      ];
    }),
    majorSources: majorSources.map(presentMajorSourceListItem),
    accidentTypes: accidentTypesOf(types),
    emergencyPhones: [...enterprisePhones(contacts), ...publicEmergencyPhones],
    updatedDate: shanghaiDate(
      latest([
        ...levels.flatMap((l) => [l.updatedAt, l.lastAssessedAt]),
        ...majorSources.map((m) => m.updatedAt),
      ]),
    ),
    generatedAt: new Date().toISOString(),
  };
}
