import { maxLevel, safetySignsOf, type PostRiskCard, type RiskLevel } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import {
  accidentTypesOf,
  enterprisePhones,
  latest,
  levelColor,
  presentCardUnit,
  publicEmergencyPhones,
  responsiblePhones,
  shanghaiDate,
} from '../cards.presenter.ts';
import { cardContentHash, lastPrints, printStatus } from '../card-prints.ts';
import {
  enterpriseContacts,
  eventsOfUnits,
  factorsOfEvents,
  measuresOfEvents,
  signsOfUnits,
  unitsOfPost,
} from '../cards.repository.ts';
import { loadPost } from '../load-post.ts';

const leaderTitle = {
  department: '部门负责人',
  workshop: '车间主任',
  team: '班组长',
  post: '岗位负责人',
} as const;

/**
 * 报告方式: whom to tell, nearest first (班组长, then 车间主任 …), read from the post's chain, then
 * the enterprise's duty phone for emergencies.
 */
export function reportMethod(
  chain: readonly { name: string; kind: keyof typeof leaderTitle }[],
  dutyPhone: string | null,
): string {
  const leaders = [...chain]
    .reverse()
    .slice(0, 2)
    .map((u) => `${u.name}${leaderTitle[u.kind]}`);
  const whom = leaders.length > 0 ? leaders.join('、') : '当班负责人';
  const duty = dutyPhone ? `，情况紧急时直接拨打企业应急值班电话${dutyPhone}` : '';
  return `发现异常或险情立即停止作业并向${whom}报告${duty}；发生火灾拨打119，有人员受伤拨打120。`;
}

/** 岗位安全风险告知卡: the post's units with risks, consequences, measures and how to report. */
export async function getPostRiskCard(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  postId: string,
  publicUrl: string,
): Promise<PostRiskCard> {
  const { enterprise, post, chain } = await loadPost(db, actor, enterpriseId, postId);
  const e = enterprise.id;
  const [contacts, units] = await Promise.all([enterpriseContacts(db, e), unitsOfPost(db, e, post.id)]);
  const events = await eventsOfUnits(
    db,
    e,
    units.map((u) => u.id),
  );
  const eventIds = events.map((ev) => ev.id);
  const [measures, factors, signs, prints] = await Promise.all([
    measuresOfEvents(db, e, eventIds),
    factorsOfEvents(db, e, eventIds),
    signsOfUnits(
      db,
      e,
      units.map((u) => u.id),
    ),
    lastPrints(db, e, post.id),
  ]);
  const cardUnits = units.map((u) => presentCardUnit(u, events, measures, publicUrl, factors, signs));
  const level = maxLevel(cardUnits.flatMap((u): RiskLevel[] => (u.level === null ? [] : [u.level])));
  const card: Omit<PostRiskCard, 'print'> = {
    enterpriseName: contacts.name,
    post,
    departmentChain: chain,
    level,
    color: levelColor(level),
    units: cardUnits,
    accidentTypes: accidentTypesOf(events),
    safetySigns: safetySignsOf(signs.map((s) => s.signCode)),
    report: {
      method: reportMethod(chain, contacts.contactPhone),
      phones: [
        ...responsiblePhones(cardUnits),
        ...enterprisePhones(contacts),
        ...publicEmergencyPhones.slice(0, 2),
      ],
    },
    updatedDate: shanghaiDate(
      latest([
        ...units.flatMap((u) => [u.updatedAt, u.lastAssessedAt]),
        ...events.map((ev) => ev.updatedAt),
        ...measures.map((m) => m.updatedAt),
      ]),
    ),
    generatedAt: new Date().toISOString(),
  };
  const hash = cardContentHash(card);
  return {
    ...card,
    print: printStatus(
      hash,
      prints.find((p) => p.kind === 'post'),
    ),
  };
}
