import { adm, emg, eng, ppe, type AuthorLibrary } from '../template-dsl.ts';

// 工贸: 建材, 纺织, 商贸 (商场、超市, also serving 人员密集场所).

export const buildingMaterials: AuthorLibrary = {
  industryCode: 'industry_trade.building_materials',
  nameZh: '建材企业（水泥、商砼）',
  objects: [
    {
      code: 'BM-O01',
      name: '水泥生产线',
      kind: 'facility',
      units: [
        {
          key: 'preheater',
          code: 'BM-U01',
          name: '预热器及回转窑',
          description: '旋风预热器、回转窑窑头窑尾',
          events: [
            {
              name: '预热器清堵时高温物料喷出灼烫',
              factors: ['2110', '120202'],
              accidents: ['07'],
              state: 'abnormal',
              consequences: '清堵人员严重烫伤死亡',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                adm.record(
                  '清堵作业制定专项方案，自上而下清堵，作业前停止喂料',
                  '检查清堵作业审批',
                  '未停料清堵',
                ),
                ppe('穿戴隔热服、面罩等防护用品，作业面不正对捅料孔', '检查防护用品', '防护不全'),
                emg.plan('发生灼烫立即用冷水冲洗，覆盖无菌敷料送医'),
              ],
            },
          ],
        },
        {
          key: 'silo',
          code: 'BM-U02',
          name: '水泥库及生料库',
          description: '圆库清库作业',
          events: [
            {
              name: '清库时物料坍塌掩埋',
              factors: ['33', '120102'],
              accidents: ['010:WSA10012', '019:WSA10024'],
              state: 'abnormal',
              consequences: '作业人员被掩埋窒息死亡',
              inherent: [3, 2, 40],
              residual: [1, 2, 15],
              measures: [
                adm.record(
                  '清库作业委托专业单位，严禁人员从库顶进入库内站在物料上方作业',
                  '检查清库作业方案',
                  '人员进入库内',
                ),
                eng.other('采用机械清库设备', '检查清库设备使用', '人工清库'),
                emg.plan('发生掩埋立即停止出料，组织救援并拨打120'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'BM-O02',
      name: '商品混凝土站',
      kind: 'area',
      units: [
        {
          key: 'mixer',
          code: 'BM-U03',
          name: '搅拌机',
          description: '双卧轴搅拌机',
          events: [
            {
              name: '进入搅拌机清理时误启动',
              factors: ['120201', '1203', '210109'],
              accidents: ['03'],
              consequences: '清理人员被绞死',
              inherent: [3, 3, 40],
              residual: [1, 3, 15],
              measures: [
                eng.fitting('搅拌机检修门设置安全联锁开关', '检查联锁开关有效', '联锁短接'),
                adm.rotating('进入前断电、上锁挂牌并设专人监护', '检查上锁挂牌执行', '未上锁'),
                emg.plan('立即断电停机，拨打120'),
              ],
            },
          ],
        },
        {
          key: 'mixer-trucks',
          code: 'BM-U04',
          name: '厂内车辆',
          description: '罐车、装载机',
          events: [
            {
              name: '车辆倒车碾压人员',
              factors: ['120202', '2112'],
              accidents: ['02:WSA10002'],
              consequences: '人员被碾压死亡',
              inherent: [3, 6, 15],
              residual: [1, 6, 15],
              measures: [
                eng.other('车辆安装倒车影像和倒车报警器', '检查车辆安全装置', '报警失效'),
                adm.record('厂区人车分流，限速10km/h', '检查交通标识和限速', '人车混行'),
                emg.plan('发生碾压立即停车，拨打120'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const textile: AuthorLibrary = {
  industryCode: 'industry_trade.textile',
  nameZh: '纺织企业',
  objects: [
    {
      code: 'TX-O01',
      name: '纺纱车间',
      kind: 'area',
      units: [
        {
          key: 'carding',
          code: 'TX-U01',
          name: '梳棉机、清花机',
          description: '开清棉、梳棉工序',
          events: [
            {
              name: '处理缠花时手部卷入',
              factors: ['210108', '120202'],
              accidents: ['03'],
              consequences: '手部绞伤',
              inherent: [3, 6, 7],
              residual: [1, 6, 7],
              measures: [
                eng.fitting('设备设置防护罩与门盖联锁，停机后方能打开', '检查联锁有效', '联锁失效'),
                adm.record('处理缠花必须停车并使用专用工具', '现场检查', '不停车处理'),
                emg.plan('立即停机，止血送医'),
              ],
            },
            {
              name: '棉尘积聚遇火源引发火灾',
              factors: ['2109', '31'],
              accidents: ['08'],
              consequences: '车间火灾，人员疏散困难',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 40],
              measures: [
                eng.other('设置火星探除器和自动喷水灭火系统', '检查火星探除器和喷淋', '喷淋系统阀门关闭'),
                adm.record('每班清扫积尘，车间严禁吸烟', '检查清扫记录', '积尘'),
                emg.fire('发生火灾立即报警，用消火栓灭火，组织人员疏散'),
              ],
            },
          ],
        },
        {
          key: 'warehouse',
          code: 'TX-U02',
          name: '原料仓库',
          description: '棉花、化纤原料仓库',
          events: [
            {
              name: '仓库电气故障引发火灾',
              factors: ['2103', '2109', '43'],
              accidents: ['08'],
              consequences: '仓库火灾',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 40],
              measures: [
                eng.other(
                  '仓库内照明使用冷光源，电气线路穿管保护，库外设电源开关',
                  '检查电气线路',
                  '私拉乱接',
                ),
                adm.record('堆垛与墙、柱、灯保持安全距离，保持消防通道畅通', '检查堆垛间距', '通道堵塞'),
                emg.fire('发生火灾立即报警并扑救初起火灾，疏散人员'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TX-O02',
      name: '印染车间',
      kind: 'area',
      units: [
        {
          key: 'dyeing',
          code: 'TX-U03',
          name: '高温高压染色机',
          description: '高温高压溢流染色机',
          events: [
            {
              name: '未泄压开盖导致高温液体喷出',
              factors: ['2110', '120201'],
              accidents: ['07', '017:WSA10014'],
              consequences: '操作人员严重烫伤',
              inherent: [3, 6, 15],
              residual: [1, 6, 7],
              measures: [
                eng.fitting('设置压力联锁安全门，压力未降至零无法开盖', '检查安全联锁', '联锁失效'),
                adm.record('严格执行降温泄压开盖操作规程', '抽查操作记录', '带压开盖'),
                emg.plan('发生烫伤立即冷水冲洗，送医'),
              ],
            },
          ],
        },
        {
          key: 'sewage-pool',
          code: 'TX-U04',
          name: '污水处理池',
          description: '印染废水调节池、污泥池',
          events: [
            {
              name: '进入污水池作业硫化氢中毒',
              factors: ['22', '33', '1203'],
              accidents: ['019:WSA10023'],
              consequences: '作业人员中毒死亡，施救人员伤亡扩大',
              inherent: [3, 2, 40],
              residual: [1, 2, 15],
              measures: [
                adm.record('执行有限空间作业审批，先通风、再检测、后作业', '检查审批和检测记录', '未检测'),
                ppe('配备四合一气体检测仪和空气呼吸器', '检查器材', '缺失'),
                emg.plan('严禁盲目施救，佩戴呼吸器救援，拨打120'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const commerce: AuthorLibrary = {
  industryCode: 'industry_trade.commerce',
  nameZh: '商场、超市（人员密集场所）',
  alsoServes: ['crowded_places'],
  objects: [
    {
      code: 'CM-O01',
      name: '营业区',
      kind: 'area',
      units: [
        {
          key: 'sales-floor',
          code: 'CM-U01',
          name: '营业大厅',
          description: '各楼层营业区及疏散通道',
          events: [
            {
              name: '火灾时疏散不畅导致群死群伤',
              factors: ['31', '42', '2113'],
              accidents: ['08'],
              state: 'emergency',
              consequences: '人员拥挤踩踏、烟气中毒，群死群伤',
              inherent: [1, 10, 100],
              residual: [0.5, 10, 40],
              measures: [
                eng.other(
                  '安全出口、疏散通道保持畅通，设置应急照明和疏散指示标志',
                  '检查疏散通道、安全出口和应急照明',
                  '出口锁闭或通道堆物',
                ),
                eng.instrument(
                  '自动喷水灭火系统、火灾自动报警系统正常运行',
                  '检查消防控制室值班和系统运行',
                  '系统故障或处于手动',
                ),
                adm.record('营业期间每两小时防火巡查，营业结束后全面检查', '检查防火巡查记录', '漏巡'),
                emg.plan('发生火灾立即启动灭火和应急疏散预案，广播引导顾客疏散，报告119'),
              ],
            },
            {
              name: '客流高峰拥挤踩踏',
              factors: ['31', '49'],
              accidents: ['020:WSA10099'],
              state: 'abnormal',
              consequences: '人员踩踏伤亡',
              inherent: [1, 6, 40],
              residual: [0.5, 6, 15],
              measures: [
                adm.record('促销活动制定客流控制方案，设置限流和疏导人员', '检查活动方案', '超员'),
                emg.plan('发生拥挤时立即广播疏导、分流人员，开启全部出口'),
              ],
            },
          ],
        },
        {
          key: 'escalator',
          code: 'CM-U02',
          name: '自动扶梯和电梯',
          description: '自动扶梯、客梯、货梯',
          events: [
            {
              name: '扶梯夹伤或逆转导致人员摔倒',
              factors: ['210108', '210110'],
              accidents: ['03', '020:WSA10011'],
              consequences: '乘客夹伤、摔伤',
              inherent: [1, 10, 7],
              residual: [0.5, 10, 7],
              measures: [
                eng.fitting('扶梯设置急停按钮、防逆转和梳齿板保护装置', '检查安全装置', '保护装置失效'),
                adm.static('电梯由有资质单位维保，每15日维护一次并定期检验', '检查维保和检验记录', '超期'),
                emg.plan('发生事故立即按下急停按钮，救护伤者并通知维保单位'),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'CM-O02',
      name: '后勤区',
      kind: 'area',
      units: [
        {
          key: 'kitchen',
          code: 'CM-U03',
          name: '餐饮厨房',
          description: '商场餐饮区燃气厨房',
          events: [
            {
              name: '燃气泄漏爆炸或油锅起火',
              factors: ['22', '2109', '120202'],
              accidents: ['018:WSA10016', '08'],
              consequences: '燃气爆炸，厨房及就餐人员伤亡',
              inherent: [3, 6, 40],
              residual: [1, 6, 15],
              measures: [
                eng.instrument('安装可燃气体报警器并与燃气紧急切断阀联锁', '检查报警联锁', '报警器失效'),
                eng.other('排油烟管道定期清洗，灶台设置自动灭火装置', '检查清洗记录', '油垢积聚'),
                emg.fire('油锅起火用锅盖或灭火毯覆盖，燃气泄漏关闭总阀、开窗通风'),
              ],
            },
          ],
        },
        {
          key: 'warehouse',
          code: 'CM-U04',
          name: '仓库及货架',
          description: '后场仓库、高位货架',
          events: [
            {
              name: '高位货架货物坠落砸伤',
              factors: ['210103', '120202'],
              accidents: ['01'],
              consequences: '员工被砸伤',
              inherent: [3, 6, 3],
              residual: [1, 6, 3],
              measures: [
                eng.equipment('货架设置限重标识并定期检查，堆放遵循上轻下重', '检查货架变形和标识', '超载'),
                ppe('理货人员佩戴安全帽', '检查安全帽佩戴', '未佩戴'),
                emg.plan('发生砸伤立即救护并送医'),
              ],
            },
          ],
        },
      ],
    },
  ],
};
