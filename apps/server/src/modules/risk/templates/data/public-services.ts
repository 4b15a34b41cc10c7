import { adm, emg, eng, ppe, type AuthorLibrary } from '../template-dsl.ts';

// 教育 (学校), 医疗卫生 (医院), 旅游 (景区).

export const education: AuthorLibrary = {
  industryCode: 'education',
  nameZh: '中小学校',
  objects: [
    {
      code: 'ED-O01',
      name: '教学区',
      kind: 'area',
      units: [
        {
          key: 'stairs',
          code: 'ED-U01',
          name: '教学楼楼梯间',
          description: '教学楼楼梯、走廊',
          events: [
            {
              name: '课间或集会上下楼拥挤踩踏',
              factors: ['31', '42'],
              accidents: ['020:WSA10099'],
              state: 'abnormal',
              consequences: '学生踩踏伤亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 15],
              measures: [
                adm.record('集会、放学分年级错峰下楼，楼梯口安排教师值守', '检查值守安排', '无人值守'),
                eng.other('楼梯间应急照明、扶手完好，台阶设置防滑条', '检查设施完好', '照明损坏'),
                emg.plan('发生拥挤立即喝止、疏导，救护伤员并报告学校'),
              ],
            },
          ],
        },
        {
          key: 'laboratory',
          code: 'ED-U02',
          name: '化学实验室及药品室',
          description: '实验室、危险化学品存放室',
          events: [
            {
              name: '危化品管理不当导致中毒、灼伤',
              factors: ['22', '120201', '43'],
              accidents: ['019:WSA10023', '07'],
              consequences: '师生中毒、灼伤',
              inherent: [1, 6, 15],
              residual: [0.5, 6, 7],
              measures: [
                adm.record('危化品双人双锁管理，建立领用登记台账', '检查台账', '账物不符'),
                eng.other('实验室设置通风橱、洗眼器和喷淋装置', '检查设施', '洗眼器无水'),
                ppe('实验时佩戴护目镜和防护手套', '检查防护用品', '缺失'),
                emg.plan('皮肤接触立即用大量清水冲洗，送医'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'ED-O02',
      name: '生活区',
      kind: 'area',
      units: [
        {
          key: 'dormitory',
          code: 'ED-U03',
          name: '学生宿舍',
          description: '学生宿舍楼',
          events: [
            {
              name: '违规用电引发宿舍火灾',
              factors: ['2103', '120202', '42'],
              accidents: ['08'],
              consequences: '宿舍火灾，学生伤亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 15],
              measures: [
                eng.other('宿舍安装限电装置、独立式感烟探测器', '检查限电装置和探测器', '探测器失效'),
                adm.record('宿管每日查寝，收缴违规电器，夜间巡查', '检查查寝记录', '未巡查'),
                emg.plan('发生火灾立即报警，组织学生沿疏散通道撤离，清点人数'),
              ],
            },
          ],
        },
        {
          key: 'canteen',
          code: 'ED-U04',
          name: '食堂',
          description: '学校食堂及燃气灶具',
          events: [
            {
              name: '食物中毒',
              factors: ['23', '43'],
              accidents: ['019:WSA10023'],
              consequences: '学生群体性食物中毒',
              inherent: [1, 10, 15],
              residual: [0.5, 10, 7],
              measures: [
                adm.record('执行食品原料索证索票、留样48小时', '检查留样记录', '未留样'),
                adm.qualification('从业人员持健康证上岗', '检查健康证', '过期'),
                emg.plan('发现疑似食物中毒立即停止供餐，送医救治，封存留样并报告'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const healthcare: AuthorLibrary = {
  industryCode: 'healthcare',
  nameZh: '医疗机构',
  objects: [
    {
      code: 'HS-O01',
      name: '医疗区',
      kind: 'area',
      units: [
        {
          key: 'inpatient',
          code: 'HS-U01',
          name: '住院楼',
          description: '病房、护士站及疏散通道',
          events: [
            {
              name: '火灾时行动不便病人疏散困难',
              factors: ['31', '42'],
              accidents: ['08'],
              state: 'emergency',
              consequences: '病人群死群伤',
              inherent: [1, 10, 100],
              residual: [0.5, 10, 40],
              measures: [
                eng.instrument('设置火灾自动报警、自动喷淋和防排烟系统', '检查消防系统运行', '系统故障'),
                adm.record('制定病人分类疏散方案，每半年组织疏散演练', '检查演练记录', '未演练'),
                emg.plan('发生火灾立即报警，按先重症后轻症原则转移病人，关闭防火门'),
              ],
            },
          ],
        },
        {
          key: 'oxygen',
          code: 'HS-U02',
          name: '医用氧气站',
          description: '液氧储罐、汇流排',
          events: [
            {
              name: '富氧环境遇油脂或火源燃烧爆炸',
              factors: ['22', '2109'],
              accidents: ['08', '017:WSA10014'],
              consequences: '氧气站燃爆',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 15],
              measures: [
                eng.fitting('储罐安全阀、压力表定期校验，设备禁油', '检查校验记录', '超期'),
                adm.record('氧气站严禁烟火，专人值守', '检查值守记录', '无人值守'),
                emg.plan('发生泄漏立即关阀、通风、禁止火源，报告119'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'HS-O02',
      name: '医技及后勤',
      kind: 'area',
      units: [
        {
          key: 'radiology',
          code: 'HS-U03',
          name: '放射科',
          description: 'CT、DR机房',
          events: [
            {
              name: '射线防护失效导致辐射伤害',
              factors: ['2106', '120201'],
              accidents: ['020:WSA10099'],
              consequences: '工作人员或患者受到超剂量照射',
              inherent: [1, 6, 7],
              residual: [0.5, 6, 7],
              measures: [
                eng.fitting('机房门灯联锁、电离辐射警告标志齐全', '检查门灯联锁', '联锁失效'),
                ppe('工作人员佩戴个人剂量计，配备铅衣', '检查剂量监测报告', '剂量超标'),
                emg.plan('发生误照射立即停机，登记受照人员并报告'),
              ],
            },
          ],
        },
        {
          key: 'medical-waste',
          code: 'HS-U04',
          name: '医疗废物暂存间',
          description: '医疗废物收集暂存',
          events: [
            {
              name: '医疗废物刺伤导致感染',
              factors: ['23', '120202'],
              accidents: ['020:WSA10099'],
              consequences: '人员职业暴露感染',
              inherent: [3, 6, 3],
              residual: [1, 6, 3],
              measures: [
                eng.equipment('锐器使用专用锐器盒收集', '检查锐器盒使用', '锐器混入普通袋'),
                ppe('收运人员佩戴防刺手套', '检查防护用品', '未佩戴'),
                emg.plan('发生刺伤立即挤血冲洗、消毒并上报职业暴露'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const tourism: AuthorLibrary = {
  industryCode: 'tourism',
  nameZh: 'A级旅游景区',
  objects: [
    {
      code: 'TR-O01',
      name: '游览区',
      kind: 'area',
      units: [
        {
          key: 'mountain-trail',
          code: 'TR-U01',
          name: '山地游步道',
          description: '临崖栈道、游步道',
          events: [
            {
              name: '游客跌落山崖',
              factors: ['32', '210201'],
              accidents: ['09'],
              consequences: '游客坠崖死亡',
              inherent: [1, 10, 15],
              residual: [0.5, 10, 15],
              measures: [
                eng.fitting('临崖路段设置护栏和警示标志', '检查护栏稳固', '护栏松动'),
                adm.record('恶劣天气关闭危险路段', '检查关闭记录', '未关闭'),
                emg.plan('发生坠落立即组织救援，拨打120并报告'),
              ],
            },
          ],
        },
        {
          key: 'water-area',
          code: 'TR-U02',
          name: '景区水域',
          description: '湖泊、游船码头',
          events: [
            {
              name: '游船倾覆或游客落水淹溺',
              factors: ['32', '120202'],
              accidents: ['06'],
              consequences: '游客溺亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 15],
              measures: [
                eng.equipment('游船配备救生衣并要求游客穿着，码头设置救生圈', '检查救生设施', '救生衣不足'),
                adm.record('严禁超载，大风天气停航', '检查载客记录', '超载'),
                emg.plan('发生落水立即抛投救生圈施救，拨打120'),
              ],
            },
          ],
        },
        {
          key: 'rides',
          code: 'TR-U03',
          name: '大型游乐设施',
          description: '过山车、摩天轮等',
          events: [
            {
              name: '游乐设施故障导致游客坠落或被困',
              factors: ['210199', '210111'],
              accidents: ['09', '03'],
              consequences: '游客坠落伤亡',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 15],
              measures: [
                eng.fitting('安全压杠、安全带双保险，运行前试运行', '检查日检记录', '未试运行'),
                adm.static('定期检验，由持证人员操作', '检查检验报告', '超期'),
                emg.plan('发生故障立即停机，按预案疏散被困游客'),
              ],
            },
          ],
        },
        {
          key: 'crowd',
          code: 'TR-U04',
          name: '景区出入口及广场',
          description: '节假日客流集中区域',
          events: [
            {
              name: '节假日客流超载拥挤踩踏',
              factors: ['31', '49'],
              accidents: ['020:WSA10099'],
              state: 'abnormal',
              consequences: '游客踩踏伤亡',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 15],
              measures: [
                adm.record('实行门票预约和最大承载量控制', '检查实时客流', '超过最大承载量'),
                emg.plan('客流超限时立即限流，广播疏导，开放应急通道'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
