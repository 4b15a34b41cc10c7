import { adm, emg, eng, ppe, substitution, type AuthorLibrary } from '../template-dsl.ts';

// 燃气 (加油加气站, 燃气门站/储配站), 电力, 供热.

export const gas: AuthorLibrary = {
  industryCode: 'gas',
  nameZh: '燃气经营及加油加气站',
  objects: [
    {
      code: 'GS-O01',
      name: '加油加气站',
      kind: 'facility',
      units: [
        {
          key: 'fuel-dispensing',
          code: 'GS-U01',
          name: '加油区',
          description: '加油机、加油枪及罩棚区域',
          events: [
            {
              name: '加油时油气泄漏遇明火或静电引发火灾',
              factors: ['2109', '120202', '210104'],
              accidents: ['08'],
              consequences: '加油区火灾，顾客及员工伤亡',
              inherent: [3, 10, 15],
              residual: [1, 10, 15],
              measures: [
                eng.equipment(
                  '加油机设置紧急切断阀、拉断阀，配置油气回收系统',
                  '检查拉断阀、紧急切断阀和油气回收运行',
                  '紧急切断失效或油气回收停用',
                ),
                adm.record(
                  '站内严禁烟火、严禁使用手机，加油前车辆熄火，严禁向塑料桶直接加注',
                  '现场检查禁烟禁火执行和散装汽油登记',
                  '向塑料桶加油或车辆未熄火',
                ),
                ppe(
                  '加油员穿防静电工作服，作业前触摸静电释放器',
                  '检查员工着装和静电释放器',
                  '穿化纤服装作业',
                ),
                emg.fire(
                  '初起火灾立即按下紧急停机按钮，用灭火毯、干粉灭火器扑救，疏散车辆人员并报告119',
                  '每日检查灭火器材配置',
                  '灭火器失效',
                ),
              ],
            },
          ],
        },
        {
          key: 'unloading',
          code: 'GS-U02',
          name: '卸油区及埋地油罐',
          description: '卸油口、埋地储罐、人孔井',
          events: [
            {
              name: '卸油溢油或油气积聚引发火灾爆炸',
              factors: ['210104', '120202', '1203'],
              accidents: ['08', '018:WSA10017'],
              consequences: '油罐区火灾爆炸，多人伤亡',
              inherent: [3, 3, 40],
              residual: [1, 3, 40],
              measures: [
                eng.instrument(
                  '油罐设置液位仪和高液位报警，卸油口设防溢阀',
                  '检查液位仪与高液位报警测试',
                  '液位报警失效',
                ),
                adm.record(
                  '卸油时油罐车静电接地15分钟后方可卸油，全程双人监护，雷雨天气禁止卸油',
                  '抽查卸油记录及静电接地情况',
                  '未接地或无人监护卸油',
                ),
                emg.plan('发生溢油立即关闭卸油阀，覆盖沙土吸附，设立警戒禁止车辆启动'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'GS-O02',
      name: '燃气储配站',
      kind: 'facility',
      units: [
        {
          key: 'lpg-tanks',
          code: 'GS-U03',
          name: '液化石油气储罐',
          description: '液化石油气球罐/卧罐及装卸设施',
          events: [
            {
              name: '储罐或管道泄漏形成蒸气云爆炸',
              factors: ['210104', '210105', '22'],
              accidents: ['018:WSA10016', '08'],
              consequences: '蒸气云爆炸、沸腾液体扩展蒸气爆炸（BLEVE），群死群伤',
              inherent: [1, 10, 100],
              residual: [0.5, 10, 40],
              measures: [
                eng.instrument(
                  '设置可燃气体报警并与紧急切断阀、事故风机联锁',
                  '检查报警联锁测试记录',
                  '联锁失效',
                ),
                eng.fitting(
                  '储罐设置安全阀、液位计、温度压力远传，安全阀定期校验',
                  '检查安全附件校验报告',
                  '安全附件超期',
                ),
                adm.static('储罐及压力管道定期检验', '核查定期检验报告', '超期未检'),
                emg.plan('泄漏时立即关闭紧急切断阀，启动喷淋稀释，设立警戒区、禁止一切火源，报告119'),
              ],
            },
          ],
        },
        {
          key: 'pipeline-network',
          code: 'GS-U04',
          name: '城镇燃气管网',
          description: '中低压燃气管道、调压箱（柜）',
          events: [
            {
              name: '第三方施工破坏管道导致燃气泄漏爆炸',
              factors: ['32', '120202', '42'],
              accidents: ['018:WSA10016'],
              consequences: '燃气泄漏爆炸，造成人员伤亡和财产损失',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                adm.record(
                  '建立管网巡检制度，高风险区段每日巡查，对周边施工进行现场监护',
                  '检查巡检记录及施工监护台账',
                  '漏巡或施工无监护',
                ),
                eng.other(
                  '管道沿线设置警示桩和标志，调压站安装泄漏监测',
                  '检查标志完好、监测在线',
                  '标志缺失',
                ),
                substitution('老旧铸铁管、镀锌管更换为PE管', '核对老旧管网改造计划执行', '老旧管道超期服役'),
                emg.plan('接到泄漏报警立即赶赴现场，关阀断气、疏散人员、禁止火源，报告119'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const power: AuthorLibrary = {
  industryCode: 'power',
  nameZh: '电力生产与供电企业',
  objects: [
    {
      code: 'PW-O01',
      name: '变电站',
      kind: 'facility',
      units: [
        {
          key: 'switchgear',
          code: 'PW-U01',
          name: '高压配电室',
          description: '10kV/35kV开关柜及母线',
          events: [
            {
              name: '误入带电间隔或误操作导致触电、电弧灼伤',
              factors: ['2103', '120201', '1203'],
              accidents: ['05', '07'],
              consequences: '作业人员触电死亡或严重电弧灼伤',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.fitting('开关柜设置"五防"闭锁装置', '检查五防闭锁功能', '五防解锁钥匙随意使用'),
                adm.record(
                  '严格执行工作票、操作票制度，倒闸操作一人操作一人监护',
                  '抽查两票合格率',
                  '无票操作',
                ),
                ppe('使用合格的绝缘手套、绝缘靴、验电器', '检查安全工器具试验标签', '工器具超期未试验'),
                emg.plan('发生触电立即切断电源，使用绝缘工具使触电者脱离电源，进行心肺复苏并拨打120'),
              ],
            },
          ],
        },
        {
          key: 'transformer',
          code: 'PW-U02',
          name: '主变压器',
          description: '油浸式主变压器及消防设施',
          events: [
            {
              name: '变压器内部故障引发火灾',
              factors: ['2103', '210199'],
              accidents: ['08', '017:WSA10014'],
              consequences: '变压器着火爆炸，大面积停电',
              inherent: [1, 10, 15],
              residual: [0.5, 10, 15],
              measures: [
                eng.instrument(
                  '设置瓦斯保护、差动保护、油温监测',
                  '检查保护装置定值和动作记录',
                  '保护退出运行',
                ),
                adm.static('定期进行油色谱分析和预防性试验', '检查试验报告', '试验超期'),
                emg.fire('变压器着火立即断开各侧电源，启动排油注氮或水喷雾灭火系统，报告119'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'PW-O02',
      name: '输配电线路',
      kind: 'activity',
      units: [
        {
          key: 'line-work',
          code: 'PW-U03',
          name: '线路检修作业',
          description: '配电线路停电检修、登杆作业',
          events: [
            {
              name: '未验电接地或反送电导致触电',
              factors: ['2103', '120202', '1203'],
              accidents: ['05'],
              consequences: '检修人员触电死亡',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                adm.record(
                  '执行停电、验电、装设接地线、悬挂标示牌和装设遮栏的安全技术措施',
                  '抽查现场安全措施落实',
                  '未验电即作业',
                ),
                adm.qualification(
                  '作业人员持电工特种作业证，工作负责人全程监护',
                  '核查证件与监护',
                  '监护缺位',
                ),
                emg.plan('发生触电立即断电施救，高处触电防止坠落，拨打120'),
              ],
            },
            {
              name: '登杆作业高处坠落',
              factors: ['120202', '210103'],
              accidents: ['09'],
              consequences: '高处坠落致重伤或死亡',
              inherent: [3, 3, 15],
              residual: [1, 3, 15],
              measures: [
                ppe(
                  '正确使用全方位安全带和后备保护绳，登杆前检查杆根、脚扣',
                  '检查安全带试验合格和使用',
                  '不系安全带',
                ),
                adm.record('恶劣天气禁止登高作业', '检查作业时天气记录', '大风雨天作业'),
                emg.plan('坠落后不随意搬动伤员，固定后送医并拨打120'),
              ],
            },
          ],
        },
        {
          key: 'cable-tunnel',
          code: 'PW-U04',
          name: '电缆隧道',
          description: '电缆隧道及电缆井巡检作业',
          events: [
            {
              name: '进入电缆隧道缺氧或有害气体导致窒息',
              factors: ['33', '22', '1203'],
              accidents: ['019:WSA10024'],
              state: 'abnormal',
              consequences: '巡检人员窒息',
              inherent: [1, 3, 40],
              residual: [0.5, 3, 15],
              measures: [
                adm.record('进入前通风并检测氧气和有害气体浓度', '检查检测记录', '未检测进入'),
                eng.other('隧道设置固定式气体监测和通风系统', '检查监测系统在线', '监测离线'),
                emg.plan('人员窒息时严禁盲目施救，佩戴呼吸器救援并拨打120'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const heating: AuthorLibrary = {
  industryCode: 'heating',
  nameZh: '城镇供热企业',
  objects: [
    {
      code: 'HT-O01',
      name: '锅炉房',
      kind: 'facility',
      units: [
        {
          key: 'gas-boiler',
          code: 'HT-U01',
          name: '燃气热水锅炉',
          description: '燃气锅炉本体、燃烧器及燃气管道',
          events: [
            {
              name: '炉膛燃气积聚点火爆燃',
              factors: ['210104', '120201', '210111'],
              accidents: ['016:WSA10014', '018:WSA10016'],
              consequences: '炉膛爆炸，司炉人员伤亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 15],
              measures: [
                eng.instrument(
                  '燃烧器设置熄火保护、点火前程序吹扫和燃气压力高低限联锁',
                  '检查燃烧器程控及熄火保护测试',
                  '吹扫程序被短接',
                ),
                eng.instrument(
                  '锅炉房设置可燃气体报警并联锁事故风机和燃气紧急切断阀',
                  '检查报警联锁',
                  '报警器失效',
                ),
                adm.qualification(
                  '司炉人员持特种设备作业人员证，执行交接班和巡回检查制度',
                  '检查证件和巡检记录',
                  '无证操作',
                ),
                emg.plan('发生燃气泄漏立即关闭总阀、开窗通风，严禁操作电器开关，人员撤离后报告'),
              ],
            },
            {
              name: '锅炉超压缺水导致爆炸',
              factors: ['210111', '120201'],
              accidents: ['016:WSA10014'],
              state: 'abnormal',
              consequences: '锅炉爆炸',
              inherent: [1, 10, 15],
              residual: [0.5, 10, 15],
              measures: [
                eng.fitting(
                  '安全阀、压力表、水位表齐全并定期校验，设置超压、低水位联锁',
                  '检查安全附件校验和联锁测试',
                  '安全附件失效',
                ),
                adm.static('锅炉定期检验', '核查检验报告', '超期'),
                emg.plan('锅炉严重缺水时严禁上水，立即停炉并报告'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'HT-O02',
      name: '热力管网',
      kind: 'area',
      units: [
        {
          key: 'heat-pipeline',
          code: 'HT-U02',
          name: '供热管网及检查井',
          description: '一次、二次管网及检查井',
          events: [
            {
              name: '管道爆裂热水喷出导致烫伤',
              factors: ['2110', '210105'],
              accidents: ['07'],
              consequences: '行人或维修人员严重烫伤',
              inherent: [3, 3, 15],
              residual: [1, 3, 15],
              measures: [
                adm.record('供暖季加强管网巡检，对老旧管段重点监测', '检查巡检记录', '漏巡'),
                eng.other('管网设置压力、温度远程监测及泄漏报警', '检查监测在线', '监测离线'),
                emg.plan('管道爆裂立即关闭上下游阀门，设置警戒，防止行人靠近'),
              ],
            },
            {
              name: '进入检查井缺氧窒息',
              factors: ['33', '1203'],
              accidents: ['019:WSA10024'],
              consequences: '维修人员窒息',
              inherent: [1, 3, 40],
              residual: [0.5, 3, 15],
              measures: [
                adm.record(
                  '下井前先通风、后检测、再作业，井上设专人监护',
                  '抽查有限空间作业审批',
                  '未检测下井',
                ),
                emg.plan('严禁盲目施救，佩戴呼吸器救援并拨打120'),
              ],
            },
          ],
        },
        {
          key: 'heat-exchange-station',
          code: 'HT-U03',
          name: '换热站',
          description: '板式换热器、循环泵及配电柜',
          events: [
            {
              name: '循环泵转动部位绞伤',
              factors: ['210108', '120202'],
              accidents: ['03'],
              consequences: '巡检人员肢体绞伤',
              inherent: [1, 6, 7],
              residual: [0.5, 6, 7],
              measures: [
                eng.equipment('联轴器等外露转动部位设置防护罩', '检查防护罩完好', '防护罩缺失'),
                adm.rotating('设备检修前停电挂牌上锁', '检查上锁挂牌执行', '未上锁检修'),
                emg.plan('发生绞伤立即停机，止血包扎后送医'),
              ],
            },
          ],
        },
        {
          key: 'coal-yard',
          code: 'HT-U04',
          name: '燃煤输送系统',
          description: '输煤皮带及碎煤机',
          events: [
            {
              name: '输煤皮带卷入伤人',
              factors: ['210108', '210201', '120202'],
              accidents: ['03'],
              consequences: '人员卷入致死',
              inherent: [3, 6, 15],
              residual: [1, 6, 7],
              measures: [
                eng.fitting('皮带沿线设置拉绳开关和防护栏', '检查拉绳开关灵敏可靠', '拉绳开关失效'),
                adm.record('严禁运行中清理皮带', '现场检查作业行为', '运行中清理'),
                emg.plan('发生卷入立即拉动拉绳停机，切断电源后施救'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
