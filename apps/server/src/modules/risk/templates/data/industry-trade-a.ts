import { adm, emg, eng, ppe, substitution, type AuthorLibrary } from '../template-dsl.ts';

// 工贸: 机械, 冶金, 轻工 (涉氨制冷、粉尘涉爆).

export const machinery: AuthorLibrary = {
  industryCode: 'industry_trade.machinery',
  nameZh: '机械制造企业',
  objects: [
    {
      code: 'MC-O01',
      name: '机加工车间',
      kind: 'area',
      units: [
        {
          key: 'press',
          code: 'MC-U01',
          name: '冲压机',
          description: '机械压力机、剪板机',
          events: [
            {
              name: '冲压时手部进入危险区域被冲压',
              factors: ['210201', '120202', '110101'],
              accidents: ['03'],
              consequences: '手指或手掌截断',
              inherent: [3, 6, 7],
              residual: [1, 6, 7],
              measures: [
                eng.fitting(
                  '压力机设置光电保护装置和双手操作按钮',
                  '每班开机前测试光电保护',
                  '光电保护被屏蔽',
                ),
                adm.record('使用专用送料工具，严禁用手直接送料取件', '现场检查作业方式', '用手送料'),
                emg.plan('发生伤害立即停机，止血并保存断指送医'),
              ],
            },
          ],
        },
        {
          key: 'lathe',
          code: 'MC-U02',
          name: '车床、钻床',
          description: '普通车床、摇臂钻床',
          events: [
            {
              name: '戴手套或长发卷入旋转部件',
              factors: ['210108', '120202'],
              accidents: ['03'],
              consequences: '手臂绞伤、头皮撕脱',
              inherent: [3, 6, 7],
              residual: [1, 6, 3],
              measures: [
                eng.equipment('卡盘、皮带轮设置防护罩', '检查防护罩完好', '防护罩缺失'),
                ppe('操作旋转设备严禁戴手套，长发盘入工作帽', '现场检查劳保穿戴', '戴手套操作'),
                emg.plan('立即按下急停，切断电源后解救伤员'),
              ],
            },
          ],
        },
        {
          key: 'overhead-crane',
          code: 'MC-U03',
          name: '桥式起重机',
          description: '车间行车',
          events: [
            {
              name: '吊具失效吊物坠落',
              factors: ['210101', '120202', '210111'],
              accidents: ['04'],
              consequences: '吊物砸伤人员',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.fitting(
                  '起重机设置起升高度限位、重量限制器，吊钩防脱钩装置完好',
                  '检查安全装置',
                  '限位失效',
                ),
                adm.static(
                  '钢丝绳、吊带每日点检，达到报废标准立即更换',
                  '检查吊索具点检记录',
                  '使用报废吊索具',
                ),
                adm.qualification(
                  '起重机司机、司索工持证作业，吊物下方严禁站人',
                  '检查证件及作业行为',
                  '吊物下站人',
                ),
                emg.plan('吊物坠落立即停止作业，救护伤员并保护现场'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'MC-O02',
      name: '涂装车间',
      kind: 'area',
      units: [
        {
          key: 'spray-booth',
          code: 'MC-U04',
          name: '喷漆房',
          description: '喷漆房、调漆间',
          events: [
            {
              name: '漆雾及溶剂蒸气遇火源发生火灾爆炸',
              factors: ['22', '2109', '31'],
              accidents: ['08', '018:WSA10017'],
              consequences: '喷漆房火灾爆炸，人员伤亡',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.other(
                  '喷漆房设置机械排风并与喷枪供气联锁，电气设备防爆',
                  '检查排风联锁和防爆电气',
                  '排风停止仍喷涂',
                ),
                substitution('采用水性涂料替代溶剂型涂料', '核查涂料使用清单', '仍大量使用溶剂型涂料'),
                emg.fire('发生火灾立即停止喷涂、切断电源，用干粉灭火器扑救'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const metallurgy: AuthorLibrary = {
  industryCode: 'industry_trade.metallurgy',
  nameZh: '冶金企业（炼钢、铸造）',
  objects: [
    {
      code: 'MT-O01',
      name: '炼钢车间',
      kind: 'area',
      units: [
        {
          key: 'ladle',
          code: 'MT-U01',
          name: '钢水包及吊运',
          description: '钢水包、冶金起重机',
          events: [
            {
              name: '吊运熔融金属时钢水包倾翻',
              factors: ['2110', '210101', '120202'],
              accidents: ['07', '04'],
              consequences: '高温钢水喷溅，多人灼烫死亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.equipment(
                  '吊运熔融金属使用冶金铸造起重机，设置两套制动器',
                  '检查制动器和起重机定期检验',
                  '非冶金起重机吊运',
                ),
                adm.static(
                  '钢水包定期检查耳轴、包衬，达到报废标准停用',
                  '检查钢水包检查记录',
                  '包衬侵蚀超标',
                ),
                adm.record('吊运路线下方严禁站人，避开人员密集区', '现场检查吊运路线', '吊运路线下有人'),
                emg.plan('发生倾翻立即疏散人员，禁止用水扑救钢水，救治烫伤人员'),
              ],
            },
          ],
        },
        {
          key: 'furnace',
          code: 'MT-U02',
          name: '中频炉',
          description: '中频感应熔炼炉及冷却系统',
          events: [
            {
              name: '冷却水进入熔融金属引发爆炸',
              factors: ['2110', '210104', '120201'],
              accidents: ['018:WSA10022', '07'],
              consequences: '熔融金属爆炸喷溅，人员伤亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 15],
              measures: [
                eng.instrument('设置冷却水温度、流量监测及断水报警联锁', '检查冷却水报警联锁', '报警失效'),
                adm.record(
                  '炉前、坑内保持干燥，原料入炉前烘干，严禁潮湿炉料入炉',
                  '检查炉料烘干记录',
                  '潮湿炉料入炉',
                ),
                emg.plan('发生漏炉立即断电，人员撤离，使用干砂覆盖'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'MT-O02',
      name: '煤气系统',
      kind: 'facility',
      units: [
        {
          key: 'gas-pipeline',
          code: 'MT-U03',
          name: '煤气管道及设施',
          description: '转炉/高炉煤气管道、水封、排水器',
          events: [
            {
              name: '煤气泄漏导致中毒',
              factors: ['22', '210104', '1203'],
              accidents: ['019:WSA10023'],
              consequences: '一氧化碳中毒，多人死亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.instrument(
                  '煤气区域设置固定式一氧化碳报警仪，人员携带便携式报警仪',
                  '检查报警仪检定和配备',
                  '报警仪失效',
                ),
                adm.record(
                  '煤气区域作业办理作业票，两人以上作业并有人监护',
                  '检查作业票',
                  '单人进入煤气区域',
                ),
                ppe('配备空气呼吸器', '检查空气呼吸器完好', '气瓶压力不足'),
                emg.plan('发生中毒立即将中毒者移至上风向新鲜空气处，佩戴呼吸器施救，拨打120'),
              ],
            },
          ],
        },
        {
          key: 'blowers',
          code: 'MT-U04',
          name: '煤气加压站',
          description: '煤气加压机及配电',
          events: [
            {
              name: '煤气加压机泄漏遇火源爆炸',
              factors: ['22', '2109'],
              accidents: ['018:WSA10016'],
              consequences: '加压站爆炸',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 40],
              measures: [
                eng.other('加压站电气防爆，设置可燃气体报警与事故通风联锁', '检查防爆电气和联锁', '联锁失效'),
                adm.rotating('加压机定期检修，轴封泄漏及时处理', '检查检修记录', '带病运行'),
                emg.plan('泄漏时切断气源，停机并疏散人员，报告119'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const lightIndustry: AuthorLibrary = {
  industryCode: 'industry_trade.light_industry',
  nameZh: '轻工企业（涉氨制冷、粉尘涉爆）',
  objects: [
    {
      code: 'LI-O01',
      name: '氨制冷系统',
      kind: 'facility',
      units: [
        {
          key: 'ammonia-machine-room',
          code: 'LI-U01',
          name: '氨制冷机房',
          description: '压缩机、储氨器、油分离器',
          events: [
            {
              name: '液氨泄漏导致中毒及爆炸',
              factors: ['22', '210104', '120201'],
              accidents: ['019:WSA10023', '018:WSA10016'],
              consequences: '氨气中毒、爆炸，多人伤亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.instrument(
                  '机房设置氨气浓度报警仪，与事故排风机、紧急泄氨器联锁',
                  '检查氨气报警及联锁测试',
                  '联锁失效',
                ),
                eng.fitting('储氨器设置安全阀、液位计，安全阀定期校验', '检查安全阀校验报告', '超期'),
                adm.qualification('制冷工持证上岗', '核查制冷与空调作业证', '无证操作'),
                ppe('机房外配备空气呼吸器、防化服和洗眼器', '检查应急防护用品', '缺失'),
                emg.plan('发生泄漏立即启动事故风机，佩戴空气呼吸器关闭阀门，用水雾稀释，疏散人员'),
              ],
            },
          ],
        },
        {
          key: 'cold-storage',
          code: 'LI-U02',
          name: '冷库库房',
          description: '速冻间、冷藏间',
          events: [
            {
              name: '人员被困冷库冻伤',
              factors: ['2111', '1203'],
              accidents: ['020:WSA10099'],
              consequences: '人员冻伤或死亡',
              inherent: [1, 6, 15],
              residual: [0.5, 6, 7],
              measures: [
                eng.fitting('库门设置内部开启装置和呼救报警按钮', '检查内开装置和报警按钮', '报警失灵'),
                adm.record('离库前清点人员，执行进出登记', '检查出入登记', '未清点即锁门'),
                emg.plan('发现被困人员立即开门救出，逐步复温并送医'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'LI-O02',
      name: '粉尘涉爆车间',
      kind: 'area',
      units: [
        {
          key: 'dust-collector',
          code: 'LI-U03',
          name: '除尘系统',
          description: '木粉/面粉除尘器及管道',
          events: [
            {
              name: '除尘器内粉尘遇点火源发生粉尘爆炸',
              factors: ['22', '2109', '43'],
              accidents: ['018:WSA10018'],
              consequences: '粉尘爆炸，造成多人伤亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 15],
              measures: [
                eng.fitting(
                  '除尘器设置泄爆、隔爆装置，进风口设火花探测与熄灭装置',
                  '检查泄爆片、隔爆阀和火花探测',
                  '泄爆口被封堵',
                ),
                eng.other('除尘器按规定设置在室外，采用负压吸尘并防静电接地', '检查接地检测记录', '接地失效'),
                adm.record('每班清扫作业场所积尘，定期清理除尘器灰斗', '检查清扫记录', '积尘超厚'),
                emg.plan('发生火情立即停机，严禁打开除尘器，用雾状水灭火，人员撤离'),
              ],
            },
          ],
        },
        {
          key: 'grinding',
          code: 'LI-U04',
          name: '打磨抛光工位',
          description: '铝镁制品打磨抛光',
          events: [
            {
              name: '铝镁粉尘遇水或火花燃爆',
              factors: ['22', '2109'],
              accidents: ['018:WSA10018', '07'],
              consequences: '粉尘燃爆，作业人员灼伤',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.other('采用湿式除尘并防止粉尘积聚，设备防爆', '检查湿式除尘运行', '改为干式'),
                adm.qualification('作业人员经粉尘防爆培训', '检查培训记录', '未培训上岗'),
                emg.fire('铝镁粉火灾严禁用水扑救，使用干砂或D类灭火器'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
