/** The demo login accounts, printed on the console and in the README. */
import type { DemoPersona } from './types.ts';

export const DEMO_PASSWORD = 'Demo@2026';

export const demoPersonas: DemoPersona[] = [
  {
    username: 'anquan',
    password: DEMO_PASSWORD,
    roleLabelZh: '企业安全管理人员',
    roleLabelEn: 'Safety manager',
    description: '青溪县宏达化工有限公司 安全环保部部长：维护风险清单、排查计划与隐患台账',
    descriptionEn:
      'Head of HSE at Hongda Chemical: keeps the risk register, inspection plans and hazard ledger',
  },
  {
    username: 'gongren',
    password: DEMO_PASSWORD,
    roleLabelZh: '企业一线员工',
    roleLabelEn: 'Worker',
    description: '宏达化工 合成车间甲班操作工：执行岗位排查任务、随手拍上报隐患（手机端）',
    descriptionEn:
      'Operator, synthesis workshop shift A: does post inspections and quick hazard reports (phone)',
  },
  {
    username: 'fuzeren',
    password: DEMO_PASSWORD,
    roleLabelZh: '企业主要负责人',
    roleLabelEn: 'Enterprise principal',
    description: '宏达化工 总经理：签署每日安全承诺，查看企业驾驶舱，重大危险源主要包保责任人',
    descriptionEn: 'General manager of Hongda Chemical: signs the daily commitment, views the dashboard',
  },
  {
    username: 'yingji',
    password: DEMO_PASSWORD,
    roleLabelZh: '县应急管理局执法人员',
    roleLabelEn: 'County emergency bureau inspector',
    description: '青溪县应急管理局 危化品监管：综合监管全县各行业企业，交办、督办、执法检查',
    descriptionEn: 'Qingxi County Emergency Management Bureau: comprehensive supervision of every enterprise',
  },
  {
    username: 'zhujian',
    password: DEMO_PASSWORD,
    roleLabelZh: '行业主管部门监管人员',
    roleLabelEn: 'Industry department inspector',
    description: '青溪县住房和城乡建设局：监管建筑施工、燃气、市政、供热企业',
    descriptionEn: 'County Housing and Urban-Rural Development Bureau: construction, gas, municipal, heating',
  },
  {
    username: 'xiangzhen',
    password: DEMO_PASSWORD,
    roleLabelZh: '乡镇（园区）安全监管人员',
    roleLabelEn: 'Township (industrial park) officer',
    description: '临港工业园区管委会 安全生产监督管理局副局长：属地监管园区内全部企业，审核企业注册申请',
    descriptionEn:
      'Deputy head of the Lingang Industrial Park safety bureau: supervises every enterprise there',
  },
  {
    username: 'pingjia',
    password: DEMO_PASSWORD,
    roleLabelZh: '第三方安全评价机构',
    roleLabelEn: 'Safety evaluation agency',
    description: '江苏安信安全评价有限公司 安全评价师：受企业委托，评估挂牌督办重大事故隐患的整改',
    descriptionEn:
      'Evaluator at a safety evaluation agency: evaluates listed major hazards for the enterprises that commission it',
  },
  {
    username: 'admin',
    password: DEMO_PASSWORD,
    roleLabelZh: '平台管理员',
    roleLabelEn: 'Platform administrator',
    description: '平台运维：管理行政区划、行业代码、监管部门与账号',
    descriptionEn: 'Runs the platform: jurisdictions, industry codes, regulators and accounts',
  },
];
