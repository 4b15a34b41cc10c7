import type { FastifyInstance } from 'fastify';
import type { PublicRiskInput } from '@shuangkong/contracts';
import type { Db } from '../seed-database.ts';
import { demoIds } from '../demo-ids.ts';
import {
  DEMO_PASSWORD,
  demoCounty,
  demoTownships,
  EMERGENCY_BUREAU_KEY,
  T,
  townshipCode,
} from '../demo-county/index.ts';
import { SeedClient } from '../risk/seed-client.ts';
import { demoBoundaryCollection } from './demo-boundaries.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

type Detail = { data: { id: string; version: number } };

const centre = (slug: keyof typeof T) => {
  const t = demoTownships.find((x) => x.code === townshipCode(T[slug]));
  if (!t?.center) throw new Error(`no centre for ${slug}`);
  return t.center;
};

/** A closed ring around a point: w × h degrees, optionally turned into a long corridor. */
function area(slug: keyof typeof T, dLng: number, dLat: number, w: number, h: number): [number, number][] {
  const c = centre(slug);
  const x = c.lng + dLng;
  const y = c.lat + dLat;
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return [
    [r(x - w / 2), r(y - h / 2)],
    [r(x + w / 2), r(y - h / 2)],
    [r(x + w / 2), r(y + h / 2)],
    [r(x - w / 2), r(y + h / 2)],
    [r(x - w / 2), r(y - h / 2)],
  ];
}

/**
 * The county's boundaries, uploaded by the emergency bureau's admin, and the public-area risks
 * (公共区域风险) its regulators identified: a flood-season river embankment, a farmers' market
 * with bottled gas (re-assessed after rectification), an oil pipeline corridor, a scenic area, a
 * cluster of construction sites, and a retired quarry slope — all through the API.
 */
export async function seedDemoMap(
  app: FastifyInstance,
  _db: Db,
  _options: SupervisionSeedOptions,
): Promise<void> {
  const client = new SeedClient(app);
  const bureauAdmin = demoCounty.users.find(
    (u) => u.regulatorKey === EMERGENCY_BUREAU_KEY && u.roles.includes('regulatorAdmin'),
  );
  if (!bureauAdmin) throw new Error('the emergency bureau has no admin');
  const admin = await client.login(bureauAdmin.username, DEMO_PASSWORD);
  await client.call(admin, 'PUT', '/supervision/map/boundaries', demoBoundaryCollection());

  const yingji = await client.login('yingji', DEMO_PASSWORD);
  const reg = demoIds.regulator;
  const risks: (PublicRiskInput & { retire?: string; reassess?: PublicRiskInput['assessment'] })[] = [
    {
      name: '青溪河河口段堤防（汛期）',
      category: 'riverEmbankment',
      description:
        '河口镇沙洲村至永丰村段土质堤防约3.2公里，汛期高水位时堤身渗水、背水坡有管涌险情记录，堤后为居民区和农田。',
      jurisdictionCode: townshipCode(T.hekou),
      ownerRegulatorId: reg('twp-hekou'),
      responsibleUnit: '河口镇人民政府水利站',
      responsiblePerson: '周建国',
      responsiblePhone: '0550-7321456',
      geometry: { type: 'Polygon', coordinates: [area('hekou', 0.004, -0.012, 0.03, 0.004)] },
      accidentTypes: ['06', '010'],
      assessment: { method: 'lec', inputs: { l: 3, e: 6, c: 40 } },
      measures: '汛期实行24小时巡堤查险，落实防汛物资和抢险队伍，设置警示标志，险工段禁止人员垂钓游泳。',
    },
    {
      name: '城关农贸市场瓶装液化气使用区',
      category: 'market',
      description: '城关农贸市场内餐饮摊位集中使用瓶装液化石油气，约60个气瓶，通道狭窄、人员密集。',
      jurisdictionCode: townshipCode(T.chengguan),
      ownerRegulatorId: reg('twp-chengguan'),
      responsibleUnit: '青溪县城关农贸市场管理有限公司',
      responsiblePerson: '王丽华',
      responsiblePhone: '13905507788',
      geometry: { type: 'Polygon', coordinates: [area('chengguan', -0.003, 0.004, 0.004, 0.003)] },
      accidentTypes: ['08', '017', '019'],
      assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 } },
      reassess: { method: 'ls', inputs: { l: 4, s: 4 } },
      measures: '加装可燃气体报警器和自动切断阀，气瓶集中存放，每日巡查，餐饮区配置灭火器材。',
    },
    {
      name: '临港成品油输送管道走廊',
      category: 'pipeline',
      description:
        '临港工业园区至港口油库的成品油管道，沿线约5公里，穿越园区道路和河口镇农田，存在第三方施工破坏风险。',
      jurisdictionCode: townshipCode(T.lingang),
      ownerRegulatorId: reg(EMERGENCY_BUREAU_KEY),
      responsibleUnit: '江宁石化管道储运有限公司青溪输油站',
      responsiblePerson: '陈志强',
      responsiblePhone: '0550-7654321',
      geometry: { type: 'Polygon', coordinates: [area('lingang', -0.018, 0.008, 0.05, 0.0025)] },
      accidentTypes: ['08', '018', '019'],
      assessment: { method: 'mes', inputs: { m: 3, e: 10, s: 4 } },
      measures: '设置管道标志桩和警示牌，沿线每日巡线，第三方施工作业前现场交底并监护。',
    },
    {
      name: '桃源风景区游步道及观景平台',
      category: 'scenicArea',
      description: '节假日游客高峰日均5000人次，游步道临崖段和观景平台存在坠落、踩踏风险。',
      jurisdictionCode: townshipCode(T.taoyuan),
      ownerRegulatorId: reg('qx-culture-tourism'),
      responsibleUnit: '青溪县桃源旅游开发有限公司',
      responsiblePerson: '刘芳',
      responsiblePhone: '13855061234',
      geometry: { type: 'Polygon', coordinates: [area('taoyuan', 0.008, 0.006, 0.012, 0.008)] },
      accidentTypes: ['09', '020'],
      assessment: { method: 'lec', inputs: { l: 1, e: 6, c: 7 } },
      measures: '临崖段设置防护栏，高峰期限流，配备安全员和应急救护点。',
    },
    {
      name: '东湖新城建筑工地集中区',
      category: 'constructionSite',
      description: '东湖新城片区同时在建项目6个，塔吊12台交叉作业，深基坑3处。',
      jurisdictionCode: townshipCode(T.donghu),
      ownerRegulatorId: reg('qx-housing'),
      responsibleUnit: '青溪县东湖新城建设指挥部',
      responsiblePerson: '赵永刚',
      responsiblePhone: '0550-7112233',
      geometry: { type: 'Polygon', coordinates: [area('donghu', 0.009, -0.004, 0.01, 0.007)] },
      accidentTypes: ['01', '04', '09', '010'],
      assessment: { method: 'lec', inputs: { l: 3, e: 6, c: 7 } },
      measures: '塔吊群防碰撞方案，深基坑第三方监测，片区联合安全检查每周一次。',
    },
    {
      name: '白石山废弃采石场高陡边坡',
      category: 'other',
      description: '原白石山采石场关闭后遗留高陡边坡，坡下为乡村道路。',
      jurisdictionCode: townshipCode(T.baishi),
      ownerRegulatorId: reg('twp-baishi'),
      responsibleUnit: '白石镇人民政府',
      responsiblePerson: '孙海',
      responsiblePhone: '0550-7889900',
      geometry: { type: 'Point', coordinates: [centre('baishi').lng - 0.01, centre('baishi').lat + 0.006] },
      accidentTypes: ['010'],
      assessment: { method: 'lec', inputs: { l: 3, e: 3, c: 15 } },
      measures: '坡下设置警示标志和隔离设施。',
      retire: '边坡已完成削坡减载和生态修复，经验收风险消除。',
    },
  ];
  for (const { retire, reassess, ...input } of risks) {
    const created = await client.call<Detail>(yingji, 'POST', '/supervision/public-risks', input);
    let version = created.data.version;
    if (reassess) {
      const updated = await client.call<Detail>(
        yingji,
        'PUT',
        `/supervision/public-risks/${created.data.id}`,
        {
          ...input,
          assessment: reassess,
          version,
        },
      );
      version = updated.data.version;
    }
    if (retire)
      await client.call(yingji, 'POST', `/supervision/public-risks/${created.data.id}/retire`, {
        reason: retire,
        version,
      });
  }
}
