/**
 * Org-tree templates of services, utilities and public institutions (see DemoOrgTemplate for the
 * line format).
 */
import type { DemoOrgTemplate } from './types.ts';

export const serviceTemplates: Record<string, DemoOrgTemplate> = {
  warehouse: {
    principalTitle: '经理',
    tree: `
D office 经理室
D safety 安全管理部
W warehouse 仓储部
  T handling 装卸班
    P forklift 叉车司机
    P loader 装卸工`,
  },
  mall: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全保卫部
  P fire-control 消防控制室值班员
D operations 运营部
D tenants 商户管理部
D property 工程物业部
  T electrical 强弱电班
    P electrician 电工
  T hvac 暖通班
    P hvac-op 空调运行工
  T elevator 电梯管理组
    P elevator-admin 电梯安全管理员
T security 保安队
  P guard 保安员
T cleaning 保洁组
  P cleaner 保洁员`,
  },
  hotel: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全保卫部
  P fire-control 消防控制室值班员
D engineering 工程部
  P electrician 电工
D rooms 客房部
D catering 餐饮部
  P cook 厨师`,
  },
  resort: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全保卫部
  P fire-control 消防控制室值班员
D engineering 工程部
  T boiler 锅炉房
    P boiler-op 司炉工
D hot-spring 温泉部
  P lifeguard 救生员
D rooms 客房部
D catering 餐饮部
  P cook 厨师`,
  },
  scenic: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全管理部
D operations 运营部
  T ticketing 票务班
    P ticket-checker 售检票员
  T guide 导游讲解班
    P guide 导游
T patrol 景区巡逻队
  P ranger 巡山护林员
T rides 游乐设施班
  P ride-op 游乐设施操作员
T boats 游船班
  P boatman 游船驾驶员
T rescue 应急救援队
  P rescuer 救援队员`,
  },
  school: {
    principalTitle: '校长',
    tree: `
D principal-office 校长办公室
D safety 安全办公室
D general-affairs 总务处
  P electrician 水电工
D academic 教务处
D student-affairs 政教处
D security 保卫科
  P guard 门卫保安
D canteen 食堂
  P cook 厨师
  P food-safety 食品安全管理员
D lab 实验室
  P lab-admin 危化品试剂管理员
D dormitory 宿舍管理中心
  P dorm-admin 宿管员`,
  },
  hospital: {
    principalTitle: '院长',
    tree: `
D president-office 院办
D safety 保卫科
  P fire-control 消防控制室值班员
  P guard 保安员
D medical 医务科
D nursing 护理部
D general-affairs 总务科
  T boiler 锅炉房
    P boiler-op 司炉工
  T power 配电房
    P electrician 电工
D equipment 设备科
  T medical-gas 医用气体站
    P oxygen-op 医用气体操作工
  P elevator-admin 电梯安全管理员
D laboratory 检验科
  P biosafety 生物安全员
D pharmacy 药剂科
  P drug-keeper 药库保管员
D infection 院感科`,
  },
  clinic: {
    principalTitle: '院长',
    tree: `
D office 院办
D safety 安全保卫科
  P guard 保安员
D general-affairs 总务科
  P oxygen-keeper 氧气间管理员`,
  },
  bus: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全技术科
  P dynamic-monitor 动态监控员
D operations 运营调度科
  P dispatcher 调度员
D maintenance 机务科
  T repair 修理车间
    P mechanic 汽车维修工
W fleet-1 第一车队
  T line-1 1路线路班组
    P driver 公交驾驶员
W fleet-2 第二车队
  T line-5 5路线路班组
    P driver 公交驾驶员`,
  },
  busStation: {
    principalTitle: '站长',
    tree: `
D office 站务办公室
D safety 安全管理科
  P security-check 安检员
D ticketing 票务科
T departures 发车组
  P pre-departure 出站检查员
T duty 值班站务组
  P attendant 站务员`,
  },
  hazmatTransport: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全管理部
  P dynamic-monitor 动态监控员
D operations 调度室
D maintenance 车辆技术部
W fleet 危货车队
  T tanker 槽罐车班组
    P driver 危货驾驶员
    P escort 押运员
  T cylinder 气瓶运输班组
    P driver 危货驾驶员
    P escort 押运员
T parking 停车场管理组
  P guard 停车场门卫`,
  },
  water: {
    principalTitle: '总经理',
    tree: `
D office 综合办公室
D safety 安全生产科
D water-quality 水质检测中心
  P tester 水质化验员
W production 制水车间
  T dosing 加药班
    P chlorine-op 加氯工
  T pumping 泵房班
    P pump-op 水泵运行工
W network 管网所
  T repair 抢修班
    P repairer 管道抢修工
  T patrol 巡线班
    P patrol 管网巡线工`,
  },
  heating: {
    principalTitle: '总经理',
    tree: `
D office 综合办公室
D safety 安全生产部
D dispatch 调度中心
  P dispatcher 热网调度员
W boiler 锅炉车间
  T shift-a 运行甲班
    P boiler-op 司炉工
    P water-treatment 水处理工
  T shift-b 运行乙班
    P boiler-op 司炉工
W network 热网所
  T station 换热站班组
    P station-op 换热站运行工
  T repair 抢修班
    P repairer 管网抢修工`,
  },
  thermalPower: {
    principalTitle: '总经理',
    tree: `
D gm-office 总经理办公室
D safety 安全监察部
D production 生产技术部
D equipment 设备管理部
W operation 发电运行部
  T watch-1 集控一值
    P unit-op 集控运行值班员
    P patrol 巡检员
  T watch-2 集控二值
    P unit-op 集控运行值班员
    P patrol 巡检员
W fuel 燃料部
  T coal-handling 输煤班
    P belt-op 输煤皮带工
W chemistry 化学车间
  T water-treatment 化水班
    P water-op 化水值班员
  T ammonia 脱硝氨区班组
    P ammonia-op 液氨区操作工
W heat-network 热网分场
  P station-op 换热站运行工`,
  },
  powerSupply: {
    principalTitle: '总经理',
    tree: `
D office 办公室
D safety 安全监察部
D operations 运维检修部
  T substation 变电运维班
    P substation-op 变电运维工
  T transmission 输电运检班
    P lineman 线路工
D dispatch 电力调度控制中心
  P dispatcher 调度员
D marketing 营销部
W station-hekou 河口供电所
  T distribution 配电运维班
    P lineman 配电线路工
W station-shuanghe 双河供电所
  T distribution 配电运维班
    P lineman 配电线路工
T construction 施工班组
  P electrician 电工`,
  },
  elevator: {
    principalTitle: '经理',
    tree: `
D office 经理室
D safety 技术质量部
T maintenance 维保班组
  P mechanic 电梯维修工
T rescue 应急救援组
  P rescuer 电梯救援人员`,
  },
};
