import { adm, emg, eng, ppe, type AuthorLibrary } from '../template-dsl.ts';

// 道路运输, 水利, 市政 (城市管理), 特种设备使用单位.

export const roadTransport: AuthorLibrary = {
  industryCode: 'road_transport',
  nameZh: '道路运输企业',
  objects: [
    {
      code: 'RT-O01',
      name: '营运车辆',
      kind: 'activity',
      units: [
        {
          key: 'passenger-bus',
          code: 'RT-U01',
          name: '客运班线车辆运行',
          description: '长途客运车辆营运',
          events: [
            {
              name: '疲劳驾驶或超速导致交通事故',
              factors: ['110101', '120202', '42'],
              accidents: ['02:WSA10003'],
              consequences: '客车侧翻，群死群伤',
              inherent: [3, 10, 40],
              residual: [1, 10, 40],
              measures: [
                eng.instrument(
                  '车辆安装卫星定位及智能视频监控，实时监测超速和疲劳驾驶',
                  '检查动态监控平台处置记录',
                  '报警未处置',
                ),
                adm.record(
                  '严格执行凌晨2时至5时停车休息和连续驾驶不超过4小时规定',
                  '抽查行车记录',
                  '违规夜间运行',
                ),
                adm.qualification('驾驶员取得从业资格证，定期安全教育', '检查资格证和教育记录', '无证'),
                emg.plan('发生事故立即停车、开启危险报警灯、疏散乘客到安全地带，报告122/120'),
              ],
            },
          ],
        },
        {
          key: 'dangerous-goods',
          code: 'RT-U02',
          name: '危险货物运输车辆',
          description: '危险货物道路运输',
          events: [
            {
              name: '运输途中罐体泄漏引发火灾或中毒',
              factors: ['210104', '22', '120202'],
              accidents: ['08', '019:WSA10023'],
              consequences: '泄漏燃爆或中毒，造成沿线人员伤亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 40],
              measures: [
                eng.fitting(
                  '罐车紧急切断阀、静电导除装置完好，罐体定期检验',
                  '检查罐体检验和紧急切断阀',
                  '紧急切断失效',
                ),
                adm.qualification('驾驶员、押运员持危险货物运输从业资格证', '检查证件', '无证'),
                emg.plan('发生泄漏立即停车熄火、设置警示、疏散周边人员，报告119并告知货物性质'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'RT-O02',
      name: '场站',
      kind: 'area',
      units: [
        {
          key: 'bus-station',
          code: 'RT-U03',
          name: '客运站',
          description: '候车厅、发车区',
          events: [
            {
              name: '危险品进站上车',
              factors: ['42', '120202'],
              accidents: ['08'],
              consequences: '车上起火爆炸',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 15],
              measures: [
                eng.equipment('进站口设置安检仪，执行"三不进站、五不出站"', '检查安检记录', '安检设备停用'),
                adm.record('出站检查车辆安全状况及驾驶员资质', '检查出站登记', '未检查出站'),
                emg.plan('发现危险品立即隔离，疏散旅客，报告公安'),
              ],
            },
          ],
        },
        {
          key: 'repair-shop',
          code: 'RT-U04',
          name: '车辆维修车间',
          description: '地沟、举升机',
          events: [
            {
              name: '举升机下降或车辆滑移压伤',
              factors: ['210110', '120202'],
              accidents: ['03', '01'],
              consequences: '维修人员被压伤致死',
              inherent: [1, 6, 15],
              residual: [0.5, 6, 15],
              measures: [
                eng.fitting('举升机设置机械锁止装置，车辆轮胎加装止挡', '检查锁止装置', '锁止失效'),
                adm.rotating('举升机定期维护保养', '检查保养记录', '带病使用'),
                emg.plan('发生压伤立即顶升解除压迫，拨打120'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const waterResources: AuthorLibrary = {
  industryCode: 'water_resources',
  nameZh: '水利工程管理单位',
  objects: [
    {
      code: 'WR-O01',
      name: '水库大坝',
      kind: 'facility',
      units: [
        {
          key: 'dam',
          code: 'WR-U01',
          name: '大坝及溢洪道',
          description: '土石坝、溢洪道、闸门',
          events: [
            {
              name: '汛期超标洪水导致漫坝溃坝',
              factors: ['32', '210103', '45'],
              accidents: ['06', '010:WSA10012'],
              state: 'emergency',
              consequences: '下游村镇被淹，群死群伤',
              inherent: [0.5, 10, 100],
              residual: [0.2, 10, 100],
              measures: [
                eng.instrument('设置水雨情自动测报和大坝安全监测系统', '检查监测系统运行', '数据中断'),
                adm.record('汛期严格执行调度运用方案，24小时值班', '检查值班和调度记录', '擅自超汛限水位'),
                emg.plan('出现险情立即按预案预警，组织下游群众转移，报告防汛指挥部'),
              ],
            },
          ],
        },
        {
          key: 'gate',
          code: 'WR-U02',
          name: '闸门启闭机房',
          description: '启闭机及电气设备',
          events: [
            {
              name: '启闭机操作触电或机械伤害',
              factors: ['2103', '210108'],
              accidents: ['05', '03'],
              consequences: '操作人员伤亡',
              inherent: [1, 6, 15],
              residual: [0.5, 6, 7],
              measures: [
                eng.equipment('启闭机外露转动部位设防护罩，电气设备接地', '检查防护和接地', '缺失'),
                adm.qualification('操作人员经培训持证', '检查证件', '无证'),
                emg.plan('发生事故立即断电施救，拨打120'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'WR-O02',
      name: '河道及泵站',
      kind: 'area',
      units: [
        {
          key: 'river-bank',
          code: 'WR-U03',
          name: '河道堤岸',
          description: '河道巡查区域',
          events: [
            {
              name: '人员落水淹溺',
              factors: ['32', '120202'],
              accidents: ['06'],
              consequences: '溺亡',
              inherent: [1, 6, 15],
              residual: [0.5, 6, 15],
              measures: [
                eng.other('危险水域设置警示标志和护栏，配置救生圈', '检查警示和救生设施', '缺失'),
                ppe('水上作业穿救生衣', '检查穿戴', '未穿'),
                emg.plan('发现落水立即抛投救生器材，拨打110/120'),
              ],
            },
          ],
        },
        {
          key: 'pump-station',
          code: 'WR-U04',
          name: '排涝泵站',
          description: '水泵、配电及前池',
          events: [
            {
              name: '检修时前池淹溺或触电',
              factors: ['2103', '33'],
              accidents: ['06', '05'],
              consequences: '检修人员伤亡',
              inherent: [1, 3, 15],
              residual: [0.5, 3, 15],
              measures: [
                adm.record('检修前停电挂牌，前池作业系安全绳并设监护', '检查作业票', '无监护'),
                emg.plan('发生事故立即断电施救，拨打120'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const municipal: AuthorLibrary = {
  industryCode: 'municipal',
  nameZh: '市政公用设施（排水、环卫、园林）',
  objects: [
    {
      code: 'MU-O01',
      name: '排水设施',
      kind: 'facility',
      units: [
        {
          key: 'sewer',
          code: 'MU-U01',
          name: '污水管道及检查井',
          description: '市政污水管网疏通作业',
          events: [
            {
              name: '下井作业硫化氢中毒',
              factors: ['22', '33', '1203'],
              accidents: ['019:WSA10023', '019:WSA10024'],
              state: 'abnormal',
              consequences: '作业人员中毒死亡，施救不当伤亡扩大',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                adm.record('有限空间作业审批，"先通风、再检测、后作业"', '检查审批和检测记录', '未检测'),
                eng.other('配备机械通风设备和气体检测报警仪', '检查设备完好', '检测仪失效'),
                ppe('作业人员佩戴送风式长管呼吸器和安全绳', '检查防护装备', '未佩戴'),
                emg.plan('发生中毒严禁盲目施救，佩戴呼吸器救援，拨打120'),
              ],
            },
          ],
        },
        {
          key: 'sewage-plant',
          code: 'MU-U02',
          name: '污水处理厂',
          description: '格栅间、曝气池',
          events: [
            {
              name: '巡检时跌落水池淹溺',
              factors: ['210201', '32'],
              accidents: ['06'],
              consequences: '巡检人员溺亡',
              inherent: [1, 6, 15],
              residual: [0.5, 6, 15],
              measures: [
                eng.fitting('池边设置防护栏杆和救生圈', '检查护栏和救生圈', '护栏缺失'),
                adm.record('夜间巡检两人同行', '检查巡检记录', '单人夜巡'),
                emg.plan('发现落水立即抛投救生圈，拨打120'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'MU-O02',
      name: '环卫及园林作业',
      kind: 'activity',
      units: [
        {
          key: 'road-sweeping',
          code: 'MU-U03',
          name: '道路清扫保洁',
          description: '机动车道人工清扫、机扫作业',
          events: [
            {
              name: '清扫作业被过往车辆撞击',
              factors: ['32', '120202'],
              accidents: ['02:WSA10003'],
              consequences: '环卫工人被撞死亡',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                ppe('作业人员穿反光背心', '检查反光服穿戴', '未穿'),
                adm.record('避开交通高峰，机扫车开启警示灯并设置警示标志', '检查作业时间和警示', '无警示'),
                emg.plan('发生事故立即报警122/120，保护现场'),
              ],
            },
          ],
        },
        {
          key: 'tree-pruning',
          code: 'MU-U04',
          name: '园林树木修剪',
          description: '高空车修剪作业',
          events: [
            {
              name: '高处修剪坠落或树枝砸伤',
              factors: ['120202', '2108'],
              accidents: ['09', '01'],
              consequences: '作业人员坠落或行人被砸伤',
              inherent: [3, 3, 15],
              residual: [1, 3, 15],
              measures: [
                ppe('高处作业系安全带，佩戴安全帽', '检查防护', '未系安全带'),
                adm.record('作业区下方设置围挡和专人警戒', '检查警戒', '无警戒'),
                emg.plan('发生坠落拨打120，不随意搬动伤员'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const specialEquipment: AuthorLibrary = {
  industryCode: 'special_equipment',
  nameZh: '特种设备使用单位',
  objects: [
    {
      code: 'SE-O01',
      name: '承压类特种设备',
      kind: 'device',
      units: [
        {
          key: 'boiler',
          code: 'SE-U01',
          name: '蒸汽锅炉',
          description: '工业蒸汽锅炉',
          events: [
            {
              name: '超压缺水导致锅炉爆炸',
              factors: ['210111', '120201'],
              accidents: ['016:WSA10014'],
              consequences: '锅炉爆炸，人员伤亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 15],
              measures: [
                eng.fitting('安全阀、压力表、水位计定期校验，设置超压低水位联锁', '检查校验和联锁', '失效'),
                adm.qualification('司炉人员持证上岗', '检查证件', '无证'),
                emg.plan('严重缺水时严禁进水，立即紧急停炉'),
              ],
            },
          ],
        },
        {
          key: 'pressure-vessel',
          code: 'SE-U02',
          name: '压力容器（储气罐）',
          description: '空压站储气罐',
          events: [
            {
              name: '储气罐超压爆炸',
              factors: ['210111', '210105'],
              accidents: ['017:WSA10014'],
              consequences: '容器爆炸，碎片伤人',
              inherent: [1, 10, 15],
              residual: [0.5, 10, 15],
              measures: [
                eng.fitting('储气罐安全阀、压力表定期校验', '检查校验报告', '超期'),
                adm.static('每日排放冷凝水，定期检验', '检查记录', '未排水'),
                emg.plan('超压时立即停机泄压，人员远离'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'SE-O02',
      name: '机电类特种设备',
      kind: 'device',
      units: [
        {
          key: 'forklift',
          code: 'SE-U03',
          name: '叉车',
          description: '场（厂）内专用机动车辆',
          events: [
            {
              name: '叉车撞人或货物坠落',
              factors: ['120202', '2112'],
              accidents: ['02:WSA10002', '01'],
              consequences: '人员被撞或砸伤致死',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                adm.qualification('叉车司机持证上岗，严禁货叉载人', '检查证件和作业行为', '无证驾驶'),
                eng.other('叉车安装倒车报警和蓝光警示灯', '检查警示装置', '失效'),
                emg.plan('发生事故立即停车，救护伤员并拨打120'),
              ],
            },
          ],
        },
        {
          key: 'elevator',
          code: 'SE-U04',
          name: '电梯',
          description: '乘客电梯、载货电梯',
          events: [
            {
              name: '电梯困人或冲顶蹲底',
              factors: ['210110', '210111'],
              accidents: ['020:WSA10099', '09'],
              consequences: '乘客被困或受伤',
              inherent: [1, 10, 7],
              residual: [0.5, 10, 7],
              measures: [
                eng.fitting('限速器、安全钳、缓冲器齐全有效', '检查维保记录', '维保超期'),
                adm.static('委托有资质单位维保并年度检验', '检查检验合格标志', '超期使用'),
                emg.plan('发生困人立即安抚乘客，通知维保单位30分钟内到场救援，不得强行扒门'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
