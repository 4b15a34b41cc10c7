/** Org-tree templates of industrial enterprises (see DemoOrgTemplate for the line format). */
import type { DemoOrgTemplate } from './types.ts';

/** A small workshop-type factory: 6 units. */
function smallFactory(
  principalTitle: string,
  workshop: string,
  post: string,
  secondPost: string,
): DemoOrgTemplate {
  return {
    principalTitle,
    tree: `
D office 厂长办公室
D safety 安全管理部
W workshop ${workshop}
  T team 生产班组
    P operator ${post}
    P second ${secondPost}`,
  };
}

export const industryTemplates: Record<string, DemoOrgTemplate> = {
  chemical: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全环保部
  P safety-officer 专职安全员
D production 生产技术部
  P process-engineer 工艺工程师
D equipment 设备部
  T instrument 仪表班
    P instrument-tech 仪表工
  T electrical 电气班
    P electrician 电工
D quality 质检中心
  P analyst 化验员
W synthesis 合成车间
  T shift-a 甲班
    P operator 操作工
    P patrol 巡检工
  T shift-b 乙班
    P operator 操作工
    P patrol 巡检工
  T shift-c 丙班
    P operator 操作工
    P patrol 巡检工
W storage 储运车间
  T tank-farm 罐区班组
    P tank-operator 罐区操作工
  T loading 装卸站
    P loader 装卸工
    P loading-monitor 装卸监护员
W utilities 公用工程车间
  T boiler 锅炉班
    P boiler-operator 司炉工
D emergency 应急救援队`,
  },
  chemicalMedium: {
    principalTitle: '总经理',
    tree: `
D gm-office 综合办公室
D safety 安全环保部
D production 生产部
D equipment 设备动力部
W resin 树脂车间
  T shift-a 甲班
    P reactor-operator 反应釜操作工
  T shift-b 乙班
    P reactor-operator 反应釜操作工
W coating 涂料车间
  T mixing 调配班
    P mixer 调漆工
  T filling 灌装班
    P filler 灌装工
W storage 仓储部
  T tank-farm 罐区班组
    P tank-operator 罐区操作工
  P warehouse-keeper 危化品仓库保管员`,
  },
  trading: {
    principalTitle: '经理',
    tree: `
D office 经理室
D safety 安全管理部
D sales 业务部
  P salesperson 危化品销售员`,
  },
  gasStation: {
    principalTitle: '站长',
    tree: `
D station-office 站长室
D safety 安全管理组
T shift-a 白班
  P fueler 加油员
  P unloader 卸油员
T shift-b 夜班
  P fueler 加油员`,
  },
  pipelineGas: {
    principalTitle: '总经理',
    tree: `
D gm-office 综合办公室
D safety 安全运行部
D customer 客户服务中心
  P home-inspector 户内安检员
W gate-station 门站
  T shift 运行班
    P operator 门站运行工
W pipeline 管网所
  T patrol 巡线班
    P patrol 管网巡线工
  T repair 抢修队
    P repairer 抢修工
T metering 计量班
  P meter-reader 抄表员`,
  },
  lpg: {
    principalTitle: '总经理',
    tree: `
D office 综合办公室
D safety 安全部
D equipment 设备部
W storage 储配站
  T tank 储罐区班组
    P tank-operator 储罐操作工
  T filling 充装班
    P filler 气瓶充装工
    P cylinder-checker 气瓶检查员
T delivery 配送队
  P courier 送气工`,
  },
  fireworks: {
    principalTitle: '经理',
    tree: `
D office 经理室
D safety 安全管理部
W warehouse 仓库
  T custody 保管班
    P keeper 仓库保管员
    P guard 守护员
  P loader 装卸工`,
  },
  explosives: {
    principalTitle: '经理',
    tree: `
D office 分公司经理室
D safety 安全管理科
W depot 民爆器材库区
  P keeper 仓库保管员
  P guard 守库员
T delivery 配送班
  P driver 爆破器材运输驾驶员
  P escort 押运员`,
  },
  mine: {
    principalTitle: '矿长',
    tree: `
D mine-office 矿长办公室
D safety 安全环保科
  P safety-officer 安全员
D technical 技术科
  P surveyor 测量员
D mech-elec 机电科
  P electrician 电工
W stope 采场
  T drilling 穿孔班
    P driller 潜孔钻司机
  T blasting 爆破班
    P blaster 爆破员
    P explosives-keeper 爆破器材保管员
  T excavation 铲装班
    P excavator-op 挖掘机司机
W haulage 运输队
  P truck-driver 矿用自卸车司机
W crushing 破碎车间
  P crusher-op 破碎机操作工
T dump 排土场班组
  P dump-op 排土工`,
  },
  construction: {
    principalTitle: '项目经理',
    tree: `
D pm-office 项目经理部
D safety 安全部
  P safety-officer 专职安全员
D technical 技术部
D materials 物资部
T rebar 钢筋班组
  P rebar-worker 钢筋工
T formwork 木工班组
  P carpenter 木工
T concrete 混凝土班组
  P concrete-worker 混凝土工
T lifting 起重机械班组
  P tower-crane-op 塔吊司机
  P signaler 信号司索工
T electric 临电班组
  P electrician 电工
T scaffold 架子班组
  P scaffolder 架子工`,
  },
  hydraulic: {
    principalTitle: '总经理',
    tree: `
D office 经理室
D safety 安全生产部
D project 河口闸站除险加固工程项目部
  T earthwork 土方班组
    P excavator-op 挖掘机司机
  T concrete 混凝土班组
    P concrete-worker 混凝土工
  T electric 临电班组
    P electrician 电工`,
  },
  machinery: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全环保部
D technical 技术部
D equipment 设备科
W machining 机加工车间
  T lathe 车床班
    P lathe-op 车工
  T milling 铣床班
    P mill-op 铣工
W welding 焊接车间
  T welding 焊接班
    P welder 电焊工
  T painting 喷涂班
    P painter 喷漆工
W assembly 装配车间
  T assembly 装配班
    P fitter 装配钳工
    P crane-op 行车工`,
  },
  foodCold: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全生产部
D quality 品控部
D equipment 设备动力部
W processing 加工车间
  T cutting 分割班
    P cutter 分割工
  T packing 包装班
    P packer 包装工
W refrigeration 制冷车间
  T machine-room 氨制冷机房
    P refrigeration-op 制冷工
  T cold-store 冷库班组
    P cold-store-keeper 冷库保管员
    P forklift 叉车司机
T logistics 物流班
  P driver 冷链驾驶员`,
  },
  foundry: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全环保部
D production 生产技术部
D equipment 设备能源部
D quality 质检科
W melting 熔炼车间
  T furnace-a 熔炼甲班
    P furnace-op 中频炉炉前工
    P ladle-crane 浇注行车工
  T furnace-b 熔炼乙班
    P furnace-op 中频炉炉前工
    P ladle-crane 浇注行车工
W molding 造型车间
  T sand 砂处理班
    P sand-op 砂处理工
  T molding 造型班
    P molder 造型工
W finishing 清整车间
  T shot-blast 抛丸班
    P shot-blaster 抛丸工
  T grinding 打磨班
    P grinder 打磨工
W energy 动力车间
  T dust-removal 除尘班
    P dust-op 除尘设备操作工`,
  },
  aluminium: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全环保部
D equipment 设备部
W casting 熔铸车间
  T melting 熔炼班
    P furnace-op 熔铝炉操作工
    P caster 铸造工
W extrusion 挤压车间
  T extrusion 挤压班
    P extruder 挤压工
W surface 表面处理车间
  T polishing 抛光班
    P polisher 抛光工
  T anodizing 氧化班
    P anodizer 氧化工`,
  },
  cement: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全环保部
D production 生产调度中心
  P central-control 中控操作员
D equipment 机电部
D lab 化验室
W raw 生料车间
  T crushing 破碎班
    P crusher-op 破碎工
  T raw-mill 生料磨班
    P mill-patrol 磨机巡检工
W clinker 烧成车间
  T kiln 窑头窑尾班
    P kiln-patrol 窑巡检工
    P preheater-cleaner 预热器清堵工
W cement-mill 水泥制成车间
  T mill 水泥磨班
    P mill-patrol 磨机巡检工
  T packing 包装发运班
    P packer 包装工
    P loader 装车工`,
  },
  textile: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全保卫部
D equipment 设备科
W spinning 纺纱车间
  T shift-a 甲班
    P spinner 细纱挡车工
  T shift-b 乙班
    P spinner 细纱挡车工
W weaving 织布车间
  T weaving 织布班
    P weaver 织布挡车工
W dyeing 染整车间
  T dyeing 染色班
    P dyer 染色工
  T boiler 锅炉房
    P boiler-op 司炉工`,
  },
  tobacco: {
    principalTitle: '经理',
    tree: `
D office 综合办公室
D safety 安全管理科
D marketing 营销中心
W logistics 物流配送中心
  T warehouse 卷烟仓储班
    P keeper 仓库保管员
    P forklift 叉车司机
  T sorting 分拣班
    P sorter 分拣工
  T delivery 送货班
    P driver 送货驾驶员
W leaf 烟叶收购站
  P grader 烟叶收购定级员`,
  },
  teaFactory: smallFactory('总经理', '制茶车间', '制茶工', '杀青机操作工'),
  woodworking: smallFactory('厂长', '木材加工车间', '木工机床操作工', '砂光工'),
  stamping: smallFactory('厂长', '冲压车间', '冲压工', '模具钳工'),
  concretePlant: smallFactory('总经理', '搅拌站', '搅拌机操作工', '罐车驾驶员'),
};
