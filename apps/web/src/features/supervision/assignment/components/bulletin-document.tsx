import type { BulletinDetail } from '@shuangkong/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date.ts';
import {
  DocumentFooter,
  DocumentHeader,
  DocumentSignature,
  OfficialDocumentStyle,
} from './official-document.tsx';

export function documentDateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const cell = { border: '1px solid #000', padding: '2px 4px', fontSize: '11pt', lineHeight: '16pt' } as const;

/** 周调度 / 月通报 as issued: the totals in prose, then the table by enterprise. */
export function BulletinDocument({ bulletin }: { bulletin: BulletinDetail }) {
  const { t } = useTranslation('supervision');
  const s = bulletin.snapshot.totals;
  const issuedOn = documentDateText(formatDate(bulletin.issuedAt));
  return (
    <div className="sk-doc" data-testid="bulletin-document">
      <OfficialDocumentStyle />
      <DocumentHeader issuer={bulletin.regulatorName} docNumber={bulletin.docNumber} />
      <div className="title" data-testid="doc-title">
        {bulletin.title}
      </div>
      <p className="addressee">各有关企业：</p>
      <p className="text">
        {`现将${documentDateText(bulletin.periodStart)}至${documentDateText(bulletin.periodEnd)}重大、较大安全风险交办治理情况${
          bulletin.kind === 'monthlyNotice' ? '通报如下' : '调度如下'
        }：登记在册重大、较大风险${s.registered}项（重大${s.major}项、较大${s.significant}项），本期新增${s.newlyGraded}项；本期交办${s.assignedInPeriod}项，签收${s.acknowledged}项，逾期未交办或超期交办${s.overdueAssignments}项；本期销号${s.closedInPeriod}项，待核查销号申请${s.closeOutsPending}项，其中超过10个工作日未核查${s.overdueVerifications}项。`}
      </p>
      <p className="text">
        各企业治理情况见下表。请各企业主要负责人对照本{bulletin.kind === 'monthlyNotice' ? '通报' : '调度'}
        ，落实风险管控措施，按期签收交办函；风险降为一般或低风险的，及时提出销号申请。
      </p>
      <table
        style={{ borderCollapse: 'collapse', width: '100%', margin: '8pt 0' }}
        data-testid="bulletin-table"
      >
        <thead>
          <tr>
            {[
              'enterprise',
              'registered',
              'assigned',
              'acknowledged',
              'overdueAssignments',
              'closed',
              'overdueVerifications',
            ].map((k) => (
              <th key={k} style={cell}>
                {t(`assignment.bulletin.columns.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bulletin.snapshot.enterprises.map((e) => (
            <tr key={e.enterpriseId}>
              <td style={cell}>
                {e.enterpriseName}
                <div style={{ fontSize: '9pt', lineHeight: '12pt' }}>
                  {e.items
                    .map(
                      (i) =>
                        `${i.unitName}（${i.level ? t(`assignment.level.${i.level}`) : '—'}，${t(`assignment.state.${i.state}`)}${i.overdue ? '，逾期' : ''}）`,
                    )
                    .join('；')}
                </div>
              </td>
              <td style={cell}>{e.registered}</td>
              <td style={cell}>{e.assigned}</td>
              <td style={cell}>{e.acknowledged}</td>
              <td style={cell}>{e.overdueAssignments}</td>
              <td style={cell}>{e.closed}</td>
              <td style={cell}>{e.overdueVerifications}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DocumentSignature signatory={bulletin.regulatorName} dateText={issuedOn} seal="（印章）" />
      <DocumentFooter
        copyTo="县安全生产委员会办公室"
        printedBy={bulletin.regulatorName}
        printedOn={issuedOn}
      />
    </div>
  );
}
