// 注意事项 printed on the 应急处置卡, by GB 6441-1986 category (what frontline workers are trained on).
// Most deaths in these accidents come from the response, not the first event: hence the emphasis.
const notesByType: Readonly<Record<string, string | undefined>> = {
  '019': '发生中毒窒息时严禁盲目施救，救援人员必须佩戴正压式空气呼吸器、系好救生绳并有人监护。',
  '08': '扑救初起火灾时站在上风向，火势无法控制时立即撤离，不得贪恋财物；带电设备着火先断电。',
  '018': '发生泄漏时严禁使用手机、开关电器等一切可能产生火花的操作，人员向上风向撤离。',
  '017': '压力设备异常时先切断进料、泄压，人员远离泄放口和设备正面。',
  '015': '发现可燃气体浓度超标立即停止作业、切断气源、加强通风，撤离人员。',
  '05': '发现有人触电先切断电源或用绝缘物使其脱离电源，严禁直接用手拉拽。',
  '07': '烫伤、化学灼伤立即用大量清水冲洗15分钟以上，不得涂抹药膏。',
  '09': '高处坠落伤员疑有脊柱损伤时不得随意搬动，等待专业救护。',
  '03': '机械伤害先按急停按钮、切断电源，再解救伤员；断指用干净布包好随伤员送医。',
  '04': '起重作业异常时立即停止吊运，吊物下方人员迅速撤离。',
  '010': '坍塌后防止二次坍塌，未经确认安全不得进入坍塌区域施救。',
  '06': '施救落水人员优先抛投救生圈、救生绳，不会游泳者不得下水施救。',
  '014': '发生燃爆后人员撤离至安全距离外，严禁返回抢救物资。',
};

const generalNotes = ['报告时讲清事故地点、类型、伤亡人数和已采取的措施。', '处置完毕保护好现场，等待调查。'];

/** The notes for the accident types on a card, then the general ones. */
export function emergencyNotes(types1986: readonly string[]): string[] {
  const specific = [...new Set(types1986)].flatMap((code) => {
    const note = notesByType[code];
    return note === undefined ? [] : [note];
  });
  return [...specific, ...generalNotes];
}
