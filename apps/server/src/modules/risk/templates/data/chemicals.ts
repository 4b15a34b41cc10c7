import { adm, emg, eng, ppe, type AuthorLibrary } from '../template-dsl.ts';

// 危险化学品, 烟花爆竹, 民用爆炸物品: the 高危 industries where GB 18218 major sources sit.

export const hazardousChemicals: AuthorLibrary = {
  industryCode: 'hazardous_chemicals',
  nameZh: '危险化学品生产、储存企业',
  objects: [
    {
      code: 'HC-O01',
      name: '液氯储存单元',
      kind: 'facility',
      units: [
        {
          key: 'chlorine-tanks',
          code: 'HC-U01',
          name: '液氯储罐',
          description: '液氯卧式储罐及其进出料管线、安全阀、紧急切断阀',
          events: [
            {
              name: '液氯储罐或管线泄漏导致人员中毒',
              factors: ['210104', '210105', '22', '120201'],
              accidents: ['019:WSA10023', '020:WSA10026'],
              consequences: '氯气扩散，现场及下风向人员急性中毒，可能造成多人死亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.instrument(
                  '设置有毒气体（氯气）检测报警仪，报警信号接入DCS并与紧急切断阀联锁',
                  '检查氯气报警仪是否在检定有效期内、报警值设定及联锁投用情况',
                  '报警仪故障、超期未检定或联锁被摘除',
                ),
                eng.equipment(
                  '储罐设置双安全阀及事故氯吸收（碱液）处理装置，吸收装置保持备用状态',
                  '检查碱液浓度、循环泵备用及吸收塔运行记录',
                  '碱液浓度不足或吸收装置不能在规定时间内启动',
                ),
                adm.qualification(
                  '操作人员持危险化学品特种作业证上岗，严格执行充装、倒罐操作规程',
                  '抽查操作人员持证情况及操作记录',
                  '无证上岗或未按规程操作',
                ),
                ppe(
                  '岗位配备正压式空气呼吸器、防化服，每班检查完好',
                  '检查空气呼吸器气瓶压力及防化服完好性',
                  '气瓶压力不足或防护用品缺失',
                ),
                emg.plan(
                  '发生泄漏立即启动液氯泄漏专项预案：报警、佩戴空气呼吸器关闭紧急切断阀、启动碱液吸收、疏散下风向人员至上风向集合点',
                ),
              ],
            },
            {
              name: '储罐超压导致容器爆炸',
              factors: ['210111', '2110', '120201'],
              accidents: ['017:WSA10014'],
              state: 'abnormal',
              consequences: '储罐物理爆炸并伴随大量氯气释放，造成群死群伤',
              inherent: [1, 6, 100],
              residual: [0.5, 6, 40],
              measures: [
                eng.instrument(
                  '设置压力、液位远传及高高联锁，充装量不超过储罐容积的80%',
                  '检查压力、液位仪表示值与现场一致性及联锁测试记录',
                  '仪表失准、联锁未投用或超装',
                ),
                eng.fitting(
                  '安全阀每年校验，储罐定期检验',
                  '核查安全阀校验报告和压力容器定期检验报告',
                  '安全阀或储罐超期未检',
                ),
                emg.plan('超压时立即停止进料、开启事故倒罐并报告调度，人员撤离至安全区域'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'HC-O02',
      name: '甲类罐区',
      kind: 'area',
      units: [
        {
          key: 'solvent-tank-farm',
          code: 'HC-U02',
          name: '甲醇/甲苯储罐组',
          description: '内浮顶储罐及防火堤、泡沫灭火系统',
          events: [
            {
              name: '储罐泄漏遇点火源引发火灾爆炸',
              factors: ['210104', '2109', '22', '120202'],
              accidents: ['08', '018:WSA10017'],
              consequences: '罐区火灾、蒸气云爆炸，可能造成人员伤亡和相邻储罐连锁事故',
              inherent: [3, 6, 40],
              residual: [1, 6, 15],
              measures: [
                eng.instrument(
                  '设置可燃气体检测报警仪和液位高高联锁切断进料阀',
                  '检查可燃气体报警仪检定、液位联锁测试记录',
                  '报警失效或联锁未投用',
                ),
                eng.other(
                  '罐区防爆电气、防雷防静电接地完好，接地电阻定期检测',
                  '检查接地检测报告、防爆电气完好',
                  '接地失效或非防爆电气进入罐区',
                ),
                adm.record(
                  '罐区动火、进入受限空间等特殊作业严格执行作业票证管理',
                  '抽查特殊作业票证办理与现场监护',
                  '无票作业或监护人脱岗',
                ),
                emg.fire(
                  '发生火灾立即启动固定泡沫灭火和冷却喷淋系统，报告119，对相邻储罐进行冷却',
                  '每月测试泡沫站、消防泵启动',
                  '泡沫液过期或消防泵不能启动',
                ),
              ],
            },
          ],
        },
        {
          key: 'loading-station',
          code: 'HC-U03',
          name: '汽车装卸站',
          description: '槽车装卸鹤管、静电接地报警器、装卸区',
          events: [
            {
              name: '装卸过程静电或溢流引发火灾',
              factors: ['2109', '120202', '1203'],
              accidents: ['08'],
              consequences: '装卸区火灾，槽车及人员受损',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.fitting(
                  '装卸鹤管设置静电接地报警器和溢流保护，与装卸泵联锁',
                  '检查静电接地报警器、溢流探头联锁有效',
                  '接地报警器失效仍在装卸',
                ),
                adm.record(
                  '执行装卸作业"五不装"规定，驾驶员、押运员持证，装卸全程有人监护',
                  '检查装卸记录和驾押人员证件核验记录',
                  '无人监护或证件不全仍装卸',
                ),
                emg.plan('发生泄漏立即停止装卸、关闭阀门，用吸附棉围堵，禁止启动车辆'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'HC-O03',
      name: '氯化反应装置',
      kind: 'facility',
      units: [
        {
          key: 'chlorination-reactor',
          code: 'HC-U04',
          name: '氯化反应釜',
          description: '重点监管危险工艺（氯化工艺）反应釜及其冷却、通氯系统',
          events: [
            {
              name: '反应失控超温超压导致爆炸及氯气泄漏',
              factors: ['2110', '120201', '210111'],
              accidents: ['018:WSA10016', '019:WSA10023'],
              state: 'abnormal',
              consequences: '反应釜爆炸、有毒气体泄漏，造成人员伤亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.instrument(
                  '反应温度、压力与通氯阀、冷却水阀设置联锁，配置独立安全仪表系统（SIS）',
                  '检查SIS联锁回路测试及旁路管理记录',
                  '联锁被旁路或SIS报警频繁未处理',
                ),
                eng.process(
                  '采用滴加控制通氯速率，设置紧急冷却和紧急停车系统',
                  '检查通氯流量控制、紧急冷却系统备用状态',
                  '流量失控或紧急冷却不可用',
                ),
                adm.qualification('操作人员经危险化工工艺作业培训取证上岗', '核查氯化工艺作业证', '无证操作'),
                emg.plan('超温时立即切断通氯、开大冷却，必要时启动紧急停车和事故泄放，人员撤离'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'HC-O04',
      name: '公用工程及检维修作业',
      kind: 'activity',
      units: [
        {
          key: 'confined-space',
          code: 'HC-U05',
          name: '受限空间作业',
          description: '储罐、塔器、地下池的清理检修作业',
          events: [
            {
              name: '受限空间内有毒气体或缺氧导致中毒窒息',
              factors: ['22', '33', '1203', '120102'],
              accidents: ['019:WSA10023', '019:WSA10024'],
              state: 'abnormal',
              consequences: '作业人员中毒窒息，盲目施救导致伤亡扩大',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                adm.record(
                  '严格执行GB 30871受限空间作业票证，作业前隔离、置换、通风，分析合格后30分钟内作业',
                  '抽查作业票、气体分析记录及能量隔离措施',
                  '未分析或分析超时仍作业',
                ),
                eng.other(
                  '作业期间连续机械通风并使用便携式四合一气体检测仪连续监测',
                  '检查通风设备和检测仪完好、标定',
                  '检测仪报警未撤离',
                ),
                adm.handover(
                  '设专人监护，监护人不得离开，配备应急救援器材',
                  '检查监护人在岗和救援器材',
                  '监护人脱岗',
                ),
                emg.plan('发生中毒窒息严禁盲目施救，救援人员佩戴空气呼吸器、系救生绳后进入，同时拨打120'),
              ],
            },
          ],
        },
        {
          key: 'hot-work',
          code: 'HC-U06',
          name: '动火作业',
          description: '生产区内的焊接、切割等动火作业',
          events: [
            {
              name: '动火作业引燃可燃物导致火灾爆炸',
              factors: ['2109', '120202', '1203'],
              accidents: ['08', '018:WSA10016'],
              state: 'abnormal',
              consequences: '火灾爆炸，作业及周边人员伤亡',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                adm.record(
                  '动火作业分级审批，动火分析合格，清除周边15米内可燃物',
                  '抽查动火票审批、动火分析和现场清理',
                  '无票动火或分析不合格仍动火',
                ),
                adm.qualification(
                  '焊工持特种作业操作证，配备监火人和灭火器材',
                  '核查焊工证件与监火人在岗',
                  '无证焊接或无人监火',
                ),
                emg.fire('初起火灾立即用灭火器扑救，火势扩大时撤离并报告119'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const fireworks: AuthorLibrary = {
  industryCode: 'fireworks',
  nameZh: '烟花爆竹生产经营企业',
  objects: [
    {
      code: 'FW-O01',
      name: '药物生产区',
      kind: 'area',
      units: [
        {
          key: 'mixing',
          code: 'FW-U01',
          name: '药物混合工房',
          description: '烟火药混合、造粒的危险工房',
          events: [
            {
              name: '摩擦撞击或静电引燃烟火药发生爆炸',
              factors: ['120202', '2109', '210199'],
              accidents: ['014:WSA10020'],
              consequences: '工房爆炸，造成多人死亡和建筑损毁',
              inherent: [3, 6, 40],
              residual: [1, 6, 40],
              measures: [
                eng.process(
                  '采用机械化混药设备，实行人机隔离远程操作',
                  '检查远程操作系统运行及人机隔离状态',
                  '人员在机械运行时进入工房',
                ),
                eng.other(
                  '工房设置人体静电释放装置，地面铺设导静电材料，湿度保持在规定范围',
                  '检查静电释放装置、湿度记录',
                  '湿度低于规定值仍作业',
                ),
                adm.record(
                  '严格执行定员定量，工房内存药量不超过核定量',
                  '核对工房定员定量牌与现场人数、药量',
                  '超员超量',
                ),
                emg.plan('发生燃爆立即撤离至安全区，严禁返回抢救物资，报告119并组织救治伤员'),
              ],
            },
          ],
        },
        {
          key: 'drying',
          code: 'FW-U02',
          name: '烘干房',
          description: '半成品、效果件烘干的危险工房',
          events: [
            {
              name: '烘干温度过高引发燃烧爆炸',
              factors: ['2110', '120201', '210111'],
              accidents: ['014:WSA10020', '08'],
              consequences: '烘房燃爆，人员伤亡',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.instrument(
                  '采用热水或蒸汽间接加热，设置温度自动控制和超温报警',
                  '检查温控仪表及超温报警测试',
                  '超温未报警',
                ),
                adm.record(
                  '烘干期间严禁人员进入，出入烘房按规定冷却后进行',
                  '抽查烘干记录及出入登记',
                  '烘干期间人员进入',
                ),
                emg.plan('发现冒烟异常立即切断热源，人员远离，报告值班负责人'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'FW-O02',
      name: '仓储区',
      kind: 'area',
      units: [
        {
          key: 'finished-warehouse',
          code: 'FW-U03',
          name: '成品仓库',
          description: '1.3级成品烟花爆竹仓库',
          events: [
            {
              name: '仓库超量储存或违规作业引发火灾爆炸',
              factors: ['120202', '2109', '43'],
              accidents: ['014:WSA10020', '08'],
              consequences: '仓库燃爆，波及周边建筑',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 40],
              measures: [
                adm.record(
                  '严格按核定药量储存，分类分级堆码，留出安全通道',
                  '核对库存台账与核定量',
                  '超量或混存',
                ),
                eng.other(
                  '仓库设置防雷设施、视频监控和温湿度监测',
                  '检查防雷检测报告和监控运行',
                  '防雷检测超期或监控离线',
                ),
                emg.fire('仓库起火时不得组织人员进入扑救，立即疏散周边人员并报告119'),
              ],
            },
          ],
        },
        {
          key: 'transport',
          code: 'FW-U04',
          name: '厂内运输',
          description: '危险品厂内转运',
          events: [
            {
              name: '运输中碰撞、摩擦引发爆炸',
              factors: ['120202', '2108'],
              accidents: ['014:WSA10020', '02:WSA10002'],
              consequences: '运输车辆及沿途人员伤亡',
              inherent: [1, 6, 15],
              residual: [1, 3, 15],
              measures: [
                adm.record(
                  '厂内运输使用专用防爆车辆，限速5km/h，按规定路线行驶',
                  '检查车辆防爆性能及运输路线执行',
                  '使用非专用车辆或超速',
                ),
                adm.qualification('搬运人员轻拿轻放，严禁抛掷、拖拉', '现场抽查搬运作业', '野蛮装卸'),
                emg.plan('运输途中着火立即停车熄火、疏散人员，报告119'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const civilExplosives: AuthorLibrary = {
  industryCode: 'civil_explosives',
  nameZh: '民用爆炸物品生产、销售企业',
  objects: [
    {
      code: 'CE-O01',
      name: '乳化炸药生产线',
      kind: 'facility',
      units: [
        {
          key: 'emulsification',
          code: 'CE-U01',
          name: '乳化、敏化工序',
          description: '水相、油相制备及乳化、敏化工序',
          events: [
            {
              name: '乳化器干摩擦或异物导致燃烧爆炸',
              factors: ['210199', '2110', '120201'],
              accidents: ['014:WSA10019'],
              consequences: '生产线爆炸，造成群死群伤',
              inherent: [1, 10, 40],
              residual: [0.5, 10, 40],
              measures: [
                eng.instrument('乳化器设置断料、超温、超压联锁停机装置', '检查联锁停机测试记录', '联锁失效'),
                eng.process(
                  '生产线实现连续化、自动化，危险工序人员远程监控',
                  '检查危险工序现场操作人数',
                  '危险工序现场人员超定员',
                ),
                adm.rotating('乳化器等关键设备按周期检修，严禁带药检修', '检查设备检修记录', '带药检修'),
                emg.plan('发生异常立即紧急停机，人员撤离至安全距离外，报告公安及应急部门'),
              ],
            },
          ],
        },
        {
          key: 'packing',
          code: 'CE-U02',
          name: '装药包装工序',
          description: '炸药装药、包装工序',
          events: [
            {
              name: '装药机械故障撞击引发爆炸',
              factors: ['210108', '120202'],
              accidents: ['014:WSA10019', '03'],
              consequences: '装药工房爆炸，作业人员伤亡',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 40],
              measures: [
                eng.equipment(
                  '装药机设置防护罩与急停按钮，转动部件使用不产生火花材料',
                  '检查防护罩、急停按钮有效',
                  '防护缺失',
                ),
                adm.record('严格执行工房定员定量', '核对定员定量', '超员'),
                emg.plan('发生事故立即按下急停，撤离并报告'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'CE-O02',
      name: '危险品总库区',
      kind: 'area',
      units: [
        {
          key: 'magazine',
          code: 'CE-U03',
          name: '炸药库',
          description: '成品炸药储存库',
          events: [
            {
              name: '库房雷击或违规动火导致爆炸',
              factors: ['2109', '32', '120202'],
              accidents: ['014:WSA10019'],
              consequences: '库房殉爆，周边建筑损毁',
              inherent: [0.5, 6, 100],
              residual: [0.2, 6, 100],
              measures: [
                eng.other('库房设置独立避雷针并每半年检测', '检查防雷装置检测报告', '检测超期'),
                adm.record('执行双人双锁、出入库登记和24小时值守', '检查值守记录及出入库台账', '账物不符'),
                emg.plan('发现火情立即报警并撤离至安全距离外，禁止靠近库房'),
              ],
            },
          ],
        },
        {
          key: 'detonators',
          code: 'CE-U04',
          name: '雷管库',
          description: '工业雷管储存库',
          events: [
            {
              name: '雷管与炸药混存或搬运撞击引爆',
              factors: ['120202', '43'],
              accidents: ['014:WSA10019', '01'],
              consequences: '雷管爆炸致人员伤亡',
              inherent: [1, 3, 15],
              residual: [0.5, 3, 15],
              measures: [
                adm.record('雷管与炸药分库存放，严禁混存', '检查库房储存品种', '混存'),
                ppe(
                  '搬运人员穿防静电工作服，不携带火种和通讯工具进入库区',
                  '检查进库人员安检登记',
                  '携带火种',
                ),
                emg.plan('发生事故立即撤离，设置警戒，报告公安机关'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
