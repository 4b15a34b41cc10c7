import { adm, emg, eng, ppe, type AuthorLibrary } from '../template-dsl.ts';

// 非煤矿山 (露天矿山、尾矿库) and 建筑施工.

export const nonCoalMining: AuthorLibrary = {
  industryCode: 'non_coal_mining',
  nameZh: '非煤矿山（露天采石场、尾矿库）',
  objects: [
    {
      code: 'NM-O01',
      name: '露天采场',
      kind: 'area',
      units: [
        {
          key: 'slope',
          code: 'NM-U01',
          name: '采场边坡',
          description: '台阶式开采边坡及安全平台',
          events: [
            {
              name: '边坡失稳坍塌掩埋人员设备',
              factors: ['32', '120102', '43'],
              accidents: ['010:WSA10025', '010:WSA10012'],
              consequences: '边坡滑塌，造成多人死亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.other(
                  '按设计自上而下分台阶开采，台阶高度、坡面角、安全平台宽度符合设计',
                  '检查台阶参数与设计一致性',
                  '掏底开采或台阶超高',
                ),
                eng.instrument(
                  '高陡边坡设置在线位移监测系统',
                  '检查监测数据及预警处置记录',
                  '监测数据异常未处置',
                ),
                adm.record('雨后、解冻期对边坡进行专项检查', '检查专项检查记录', '雨后未检查即作业'),
                emg.plan('发现裂缝、滚石等滑坡征兆立即撤出人员设备，设置警戒并报告'),
              ],
            },
          ],
        },
        {
          key: 'blasting',
          code: 'NM-U02',
          name: '爆破作业',
          description: '中深孔爆破作业',
          events: [
            {
              name: '爆破飞石或盲炮处理不当伤人',
              factors: ['120202', '1203', '2108'],
              accidents: ['013:WSA10019', '01'],
              consequences: '爆破飞石致人死亡',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                adm.qualification(
                  '爆破作业由持证爆破员实施，编制爆破设计并审批',
                  '核查爆破员证件和爆破设计',
                  '无证爆破',
                ),
                adm.record(
                  '爆破前设置警戒，执行"一炮三检"和清场制度，警戒距离不小于300米',
                  '检查爆破警戒记录',
                  '未清场即起爆',
                ),
                emg.plan('出现盲炮时设置警戒，由原爆破员按规程处理，严禁掏药'),
              ],
            },
          ],
        },
        {
          key: 'haul-road',
          code: 'NM-U03',
          name: '矿山运输道路',
          description: '矿用自卸车运输道路',
          events: [
            {
              name: '自卸车制动失效或坠落',
              factors: ['210110', '32', '120202'],
              accidents: ['02:WSA10002'],
              consequences: '车辆坠落，驾驶员死亡',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.other(
                  '运输道路临空侧设置挡车墙，坡度符合设计，设置避险车道',
                  '检查挡车墙高度与连续性',
                  '挡车墙缺失',
                ),
                adm.rotating('自卸车每班检查制动系统', '检查车辆点检记录', '带病运行'),
                emg.plan('发生车辆事故立即停止作业，救护伤员并报告'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'NM-O02',
      name: '尾矿库',
      kind: 'facility',
      units: [
        {
          key: 'tailings-dam',
          code: 'NM-U04',
          name: '尾矿坝',
          description: '初期坝、堆积坝及排洪系统',
          events: [
            {
              name: '浸润线过高或洪水漫顶导致溃坝',
              factors: ['32', '210103', '43'],
              accidents: ['010:WSA10012', '06'],
              consequences: '溃坝泥石流冲毁下游村庄，群死群伤',
              inherent: [1, 10, 100],
              residual: [0.5, 10, 40],
              measures: [
                eng.instrument(
                  '设置浸润线、库水位、坝体位移在线监测',
                  '检查在线监测运行与预警',
                  '监测数据超限未处置',
                ),
                eng.other(
                  '保持设计要求的调洪库容和安全超高，排洪设施畅通',
                  '汛前检查排洪设施',
                  '排洪设施堵塞',
                ),
                adm.record('汛期24小时值班巡坝', '检查巡坝记录', '漏巡'),
                emg.plan('出现险情立即启动溃坝应急预案，通知下游群众撤离，报告应急管理部门'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const construction: AuthorLibrary = {
  industryCode: 'construction',
  nameZh: '房屋建筑施工',
  objects: [
    {
      code: 'CN-O01',
      name: '施工现场',
      kind: 'area',
      units: [
        {
          key: 'deep-excavation',
          code: 'CN-U01',
          name: '深基坑',
          description: '开挖深度超过5米的基坑及支护',
          events: [
            {
              name: '基坑支护失稳坍塌',
              factors: ['210103', '33', '120102'],
              accidents: ['010:WSA10012'],
              consequences: '基坑坍塌掩埋作业人员',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                adm.record(
                  '编制专项施工方案并经专家论证，严格按方案分层开挖',
                  '检查方案论证和开挖工况',
                  '超挖或未按方案施工',
                ),
                eng.instrument(
                  '实施基坑第三方监测，变形超预警值立即停工',
                  '检查监测报告与预警处置',
                  '超预警仍施工',
                ),
                eng.other('坑边1米内禁止堆载，设置防护栏杆和排水沟', '检查坑边堆载和防护', '坑边超载'),
                emg.plan('出现裂缝、渗水涌砂等险情立即撤离人员，回填反压并报告'),
              ],
            },
          ],
        },
        {
          key: 'scaffold',
          code: 'CN-U02',
          name: '脚手架及临边洞口',
          description: '外脚手架、楼层临边和预留洞口',
          events: [
            {
              name: '临边洞口防护缺失导致高处坠落',
              factors: ['210201', '120202', '110402'],
              accidents: ['09'],
              consequences: '作业人员坠落死亡',
              inherent: [6, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.fitting(
                  '临边设置1.2米防护栏杆和挡脚板，洞口加盖或设防护栏',
                  '检查临边洞口防护完好',
                  '防护被拆除未恢复',
                ),
                ppe('高处作业正确佩戴安全带，高挂低用', '检查安全带佩戴', '不系安全带'),
                adm.record('脚手架搭设完毕验收挂牌后使用', '检查验收记录和挂牌', '未验收使用'),
                emg.plan('发生坠落立即拨打120，不随意搬动伤员'),
              ],
            },
          ],
        },
        {
          key: 'tower-crane',
          code: 'CN-U03',
          name: '塔式起重机',
          description: '塔吊安装、使用和拆卸',
          events: [
            {
              name: '塔吊倾覆或吊物坠落',
              factors: ['210111', '120102', '120202'],
              accidents: ['04', '01'],
              consequences: '塔吊倒塌、吊物坠落造成人员死亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.fitting(
                  '塔吊力矩限制器、起重量限制器、高度和回转限位装置齐全有效',
                  '检查安全装置灵敏可靠',
                  '安全装置失效',
                ),
                adm.qualification(
                  '司机、信号工、司索工持证上岗，严格执行"十不吊"',
                  '核查证件及作业行为',
                  '无证作业',
                ),
                adm.static('安装拆卸由有资质单位实施，安装后检测验收', '检查检测报告', '未检测使用'),
                emg.plan('遇六级以上大风停止作业；发生事故立即停机、疏散人员、拨打120'),
              ],
            },
          ],
        },
        {
          key: 'temporary-power',
          code: 'CN-U04',
          name: '施工临时用电',
          description: '配电箱、电缆线路和手持电动工具',
          events: [
            {
              name: '临时用电漏电导致触电',
              factors: ['2103', '120202'],
              accidents: ['05'],
              consequences: '作业人员触电死亡',
              inherent: [3, 6, 15],
              residual: [1, 6, 7],
              measures: [
                eng.fitting(
                  '执行TN-S系统、三级配电两级漏电保护，一机一闸一漏一箱',
                  '检查配电箱漏电保护测试',
                  '漏电保护失灵',
                ),
                adm.qualification('电工持证作业，定期检查线路', '检查电工证和巡检记录', '非电工接线'),
                emg.plan('发生触电立即切断电源施救，进行心肺复苏并拨打120'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
