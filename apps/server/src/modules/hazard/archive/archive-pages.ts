import {
  dangerSrcNames,
  hazardTypeNames,
  majorHazardCriteria,
  managementClassificationNames,
  occurrenceLinkNames,
  type HazardDetail,
  hazardStateNames,
  type HazardState,
} from '@shuangkong/contracts';

/** The archive's pages are read by people (and printed): Chinese, as the rest of the product. */
export const stateNames = hazardStateNames;

const actionNames: Record<string, string> = {
  report: '登记',
  quickReport: '随手拍',
  confirm: '评估定级',
  reject: '驳回',
  merge: '合并',
  assign: '下达整改',
  submitPlan: '提交治理方案',
  approvePlan: '批准治理方案',
  fixOnTheSpot: '即查即改',
  submitRectification: '提交整改',
  accept: '验收',
  sendBack: '退回整改',
  requestExtension: '申请延期',
  approveExtension: '同意延期',
  refuseExtension: '不同意延期',
  void: '作废',
  handOver: '移交核查',
  overdue: '逾期',
  escalate: '逾期督办',
};

const signatureNames: Record<string, string> = {
  confirm: '评估定级',
  approvePlan: '批准治理方案',
  submitRectification: '整改完成',
  fixOnTheSpot: '即查即改',
  accept: '验收',
};

const foundByNames: Record<string, string> = {
  self: '企业自查',
  regulator: '监管检查',
  tip: '举报',
  other: '其他',
};

/** Text for HTML: every character that could open markup escaped. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A Shanghai wall-clock time for an instant (the archive is read in China). */
export function shanghaiMinute(iso: string | Date | null): string {
  if (iso === null) return '—';
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A file or folder name that survives every unzip tool: no path separators or characters Windows
 * refuses, no leading dots, at most `max` characters.
 */
export function safeName(value: string, max = 40): string {
  const cleaned = value
    // eslint-disable-next-line no-control-regex -- control characters are what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return [...(cleaned || '未命名')].slice(0, max).join('');
}

const STYLE = `body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:24px;border-left:4px solid #1f4e99;padding-left:8px}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f3f8;white-space:nowrap}.photos{display:flex;gap:32px;flex-wrap:wrap}.photos img{width:160px;height:120px;object-fit:cover;border:1px solid #ccc;margin:4px}
.ok{color:#237804}.bad{color:#cf1322;font-weight:bold}.muted{color:#777}code{font-size:11px;word-break:break-all}
@media print{a{color:inherit;text-decoration:none}}`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;

const code = (names: Record<number, string>, value: number | null) =>
  value === null ? '—' : `${value} ${names[value] ?? ''}`;

const rows = (pairs: [string, unknown][]) =>
  `<table>${pairs.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v ?? '—')}</td></tr>`).join('')}</table>`;

/** Where the archive put a hazard's photo, by file id (relative to the hazard's page). */
export type PhotoPaths = ReadonlyMap<string, string>;

/** One hazard's page: its national fields, photos before and after, plan, steps and signatures. */
export function hazardPageHtml(h: HazardDetail, enterpriseName: string, photos: PhotoPaths): string {
  const criterion = h.majorCriterionKey
    ? majorHazardCriteria.find((c) => c.key === h.majorCriterionKey)
    : null;
  const facts = rows([
    ['企业', enterpriseName],
    ['隐患名称', h.name],
    ['状态', stateNames[h.state] + (h.overdue ? '（逾期）' : '')],
    ['隐患等级', h.grade === 'major' ? '重大事故隐患' : h.grade === 'general' ? '一般事故隐患' : '未定级'],
    [
      '重大事故隐患判定依据',
      criterion ? `${criterion.standard} 第${criterion.item}项：${criterion.text}` : null,
    ],
    ['隐患来源', code(dangerSrcNames, h.dangerSrc)],
    ['发现方式', foundByNames[h.foundBy] ?? h.foundBy],
    ['执法文书', h.enforcementId],
    ['隐患类别', code(hazardTypeNames, h.hazardType)],
    ['管理分类', code(managementClassificationNames, h.managementClassification)],
    ['产生环节', code(occurrenceLinkNames, h.occurrenceLink)],
    ['风险单元', h.unitName],
    ['位置', h.location],
    ['隐患描述', h.description],
    ['原因分析', h.cause],
    ['登记人', h.reporterName ?? '匿名'],
    ['登记时间', shanghaiMinute(h.registeredAt)],
    [
      '治理类型',
      h.rectificationType === 'immediate'
        ? '即查即改'
        : h.rectificationType === 'deadline'
          ? '限期整改'
          : null,
    ],
    ['整改责任人', h.ownerName],
    ['整改期限', h.deadline],
    ['整改措施', h.measures],
    ['整改资金（元）', h.cost],
    ['验收人', h.acceptorName],
    ['验收时间', h.acceptedAt ? shanghaiMinute(h.acceptedAt) : null],
    ['验收意见', h.acceptanceComment],
  ]);
  const photoBlock = (['before', 'after'] as const)
    .map((kind) => {
      const list = h.photos.filter((p) => p.kind === kind);
      if (list.length === 0) return '';
      const imgs = list
        .map((p) => {
          const path = photos.get(p.fileId);
          return path ? `<img src="${escapeHtml(path)}" alt="">` : '<span class="bad">照片缺失</span>';
        })
        .join('');
      return `<div><div class="muted">${kind === 'before' ? '整改前' : '整改后'}</div>${imgs}</div>`;
    })
    .join('');
  const plan = h.plan
    ? `<h2>重大事故隐患治理方案（五落实）</h2>${rows([
        ['治理目标和任务', h.plan.goal],
        ['责任（负责人）', h.plan.ownerName],
        ['措施', h.plan.measures],
        ['资金（元）', h.plan.funds],
        ['物资', h.plan.materials],
        ['时限', h.plan.deadline],
        ['应急预案', h.plan.contingency],
        ['负责的机构和人员', h.plan.organisation],
        ['安全措施（治理期间）', h.plan.protectiveMeasures],
        ['主要负责人签批时间', h.plan.approvedAt ? shanghaiMinute(h.plan.approvedAt) : '未签批'],
      ])}`
    : '';
  const timeline = `<table><tr><th>时间</th><th>步骤</th><th>操作人</th><th>状态</th><th>说明</th></tr>${h.timeline
    .map(
      (s) =>
        `<tr><td>${shanghaiMinute(s.at)}</td><td>${escapeHtml(actionNames[s.action] ?? s.action)}</td><td>${escapeHtml(
          s.actorName ?? '系统',
        )}</td><td>${escapeHtml(stateNames[s.toState])}</td><td>${escapeHtml(s.note ?? '')}</td></tr>`,
    )
    .join('')}</table>`;
  const signatures =
    h.signatures.length === 0
      ? '<p class="muted">无</p>'
      : `<table><tr><th>签字事项</th><th>签字人</th><th>时间</th><th>内容摘要（SHA-256）</th><th>核验</th></tr>${h.signatures
          .map(
            (s) =>
              `<tr><td>${escapeHtml(signatureNames[s.kind] ?? s.kind)}</td><td>${escapeHtml(s.signerName)}</td><td>${shanghaiMinute(
                s.signedAt,
              )}</td><td><code>${escapeHtml(s.contentSha256)}</code></td><td>${
                s.verified ? '<span class="ok">✓ 一致</span>' : '<span class="bad">✗ 内容已被改动</span>'
              }</td></tr>`,
          )
          .join('')}</table>`;
  const extensions =
    h.extensions.length === 0
      ? ''
      : `<h2>延期</h2><table><tr><th>申请时间</th><th>原期限</th><th>新期限</th><th>理由</th><th>结果</th></tr>${h.extensions
          .map(
            (e) =>
              `<tr><td>${shanghaiMinute(e.requestedAt)}</td><td>${e.oldDeadline}</td><td>${e.newDeadline}</td><td>${escapeHtml(
                e.reason,
              )}</td><td>${{ requested: '待审批', approved: '已同意', refused: '未同意' }[e.state]}</td></tr>`,
          )
          .join('')}</table>`;
  // The hazard's data as the API gives it, for machines, inside the page (one file per hazard keeps
  // the archive's directory small; a data block is not a script and never runs).
  const { abilities: _abilities, ...data } = h;
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return page(
    h.name,
    `<script type="application/json" id="hazard-data">${json}</script>` +
      `<p><a href="../../index.html">← 一企一档</a></p><h1>${escapeHtml(h.name)}</h1>${facts}` +
      `<h2>照片</h2><div class="photos">${photoBlock || '<span class="muted">无</span>'}</div>${plan}` +
      `<h2>处理过程</h2>${timeline}<h2>签字确认</h2>${signatures}${extensions}`,
  );
}

export type ArchiveIndexEntry = {
  folder: string;
  name: string;
  state: HazardState;
  grade: HazardDetail['grade'];
  registeredAt: string;
  overdue: boolean;
  signatures: number;
  unverified: number;
};

export type ArchiveSummary = {
  enterpriseName: string;
  from: string | null;
  to: string | null;
  generatedAt: Date;
  generatedBy: string;
  lists: { file: string; title: string }[];
  hazards: readonly ArchiveIndexEntry[];
};

/** The archive's front page: what it covers, the counts, the lists and every hazard's folder. */
export function archiveIndexHtml(s: ArchiveSummary): string {
  const period = `${s.from ?? '最早'} 至 ${s.to ?? '今'}`;
  const count = (f: (h: ArchiveIndexEntry) => boolean) => s.hazards.filter(f).length;
  const unverified = s.hazards.reduce((n, h) => n + h.unverified, 0);
  const summary = rows([
    ['企业', s.enterpriseName],
    ['登记期间', period],
    ['生成时间', shanghaiMinute(s.generatedAt)],
    ['生成人', s.generatedBy],
    ['隐患总数', s.hazards.length],
    ['其中重大事故隐患', count((h) => h.grade === 'major')],
    ['已验收 / 已移交核查', count((h) => h.state === 'closed' || h.state === 'handedOver')],
    [
      '整改中 / 待验收',
      count((h) => h.state === 'rectifying' || h.state === 'accepting' || h.state === 'confirmed'),
    ],
    ['逾期未改', count((h) => h.overdue)],
    ['签字核验', unverified === 0 ? '全部一致' : `${unverified} 处签字内容已被改动`],
  ]);
  const lists = `<ul>${s.lists.map((l) => `<li><a href="${escapeHtml(l.file)}">${escapeHtml(l.title)}</a></li>`).join('')}</ul>`;
  const table = `<table><tr><th>序号</th><th>隐患名称</th><th>等级</th><th>状态</th><th>登记时间</th><th>签字</th></tr>${s.hazards
    .map(
      (h, i) =>
        `<tr><td>${i + 1}</td><td><a href="${escapeHtml(h.folder)}/隐患详情.html">${escapeHtml(h.name)}</a></td><td>${
          h.grade === 'major' ? '重大' : h.grade === 'general' ? '一般' : '—'
        }</td><td>${stateNames[h.state]}${h.overdue ? '<span class="bad">（逾期）</span>' : ''}</td><td>${shanghaiMinute(
          h.registeredAt,
        )}</td><td>${h.signatures}${h.unverified ? `<span class="bad">（${h.unverified} 处不一致）</span>` : ''}</td></tr>`,
    )
    .join('')}</table>`;
  return page(
    `${s.enterpriseName} 一企一档`,
    `<h1>${escapeHtml(s.enterpriseName)} 隐患排查治理档案（一企一档）</h1>${summary}<h2>清单</h2>${lists}<h2>隐患</h2>${table}`,
  );
}
