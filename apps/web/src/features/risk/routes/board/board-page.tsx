import { PrinterOutlined } from '@ant-design/icons';
import type { RiskBoard } from '@shuangkong/contracts';
import { Alert, Button, Card, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useRiskBoard } from '../../api/card-api.ts';
import { legendRows, levelHex, levelTextHex } from '../../components/levels.ts';
import { usePrintPage } from '../../components/use-print-page.ts';
import { cellStyle, headStyle } from '../cards/print-frame.tsx';

/** The board itself; also shown read-only to regulators. */
export function BoardSheet({ board }: { board: RiskBoard }) {
  const { t } = useTranslation('risk');
  return (
    <div data-testid="risk-board" style={{ color: '#000' }}>
      <div style={{ textAlign: 'center', fontSize: 24, fontWeight: 700, letterSpacing: 4, marginBottom: 8 }}>
        {board.enterpriseName} {t('board.title')}
      </div>
      <div
        style={{
          background: levelHex(board.overallLevel),
          color: levelTextHex(board.overallLevel),
          padding: '6px 12px',
          fontSize: 16,
          fontWeight: 600,
        }}
        data-testid="risk-board-overall"
      >
        {t('board.overall')}：{t(board.overallLevel ? `levels.${board.overallLevel}` : 'levels.none')}
        <span style={{ float: 'right' }}>
          {legendRows(board.levelCounts)
            .map((r) => `${t(`levelShort.${r.level ?? 'none'}`)} ${r.count}`)
            .join('  ')}
        </span>
      </div>
      <p style={{ margin: '8px 0' }}>
        <Tag color="red">{t('board.important')}</Tag>
        {t('board.intro')}：{board.accidentTypes.map((a) => a.nameZh).join('、') || '—'}
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ ...headStyle, width: '4%' }}>#</th>
            <th style={headStyle}>{t('board.mainRisks')}</th>
            <th style={{ ...headStyle, width: '8%' }}>{t('common.level')}</th>
            <th style={headStyle}>{t('cards.accidentTypes')}</th>
            <th style={{ ...headStyle, width: 'auto' }}>{t('board.keyMeasures')}</th>
            <th style={headStyle}>{t('board.emergency')}</th>
            <th style={headStyle}>{t('board.responsible')}</th>
          </tr>
        </thead>
        <tbody>
          {board.units.map((u, i) => (
            <tr key={u.unitId} data-testid="risk-board-unit">
              <td style={cellStyle}>{i + 1}</td>
              <td style={cellStyle}>
                <strong>
                  {u.objectName} · {u.unitName}
                </strong>
                <div>{u.mainRisks.join('；')}</div>
              </td>
              <td style={{ ...cellStyle, background: levelHex(u.level), color: levelTextHex(u.level) }}>
                {t(`levelShort.${u.level}`)}
              </td>
              <td style={cellStyle}>{u.accidentTypes.map((a) => a.nameZh).join('、')}</td>
              <td style={cellStyle}>
                {u.keyMeasures.map((m, j) => (
                  <div key={j}>
                    {j + 1}. {m}
                  </div>
                ))}
              </td>
              <td style={cellStyle}>
                {u.emergencyMeasures.map((m, j) => (
                  <div key={j}>
                    {j + 1}. {m}
                  </div>
                ))}
              </td>
              <td style={cellStyle}>
                {u.responsible ? `${u.responsible.name} ${u.responsible.phone ?? ''}` : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {board.majorSources.length > 0 ? (
        <p style={{ marginTop: 8 }}>
          <strong>{t('board.majorSources')}：</strong>
          {board.majorSources
            .map((m) => `${m.objectName}${m.gradeLabel ? `（${m.gradeLabel}）` : ''}`)
            .join('、')}
        </p>
      ) : null}
      <p style={{ marginTop: 8 }}>
        <Tag color="blue">{t('board.tip')}</Tag>
        {t('board.phones')}：
        {board.emergencyPhones.map((p) => `${p.label}${p.name ? ` ${p.name}` : ''} ${p.phone}`).join('    ')}
      </p>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontWeight: 600 }}>
        <span>{t('board.slogan')}</span>
        <span style={{ fontWeight: 400, fontSize: 12 }}>
          {board.updatedDate ? t('common.updatedDate', { date: board.updatedDate }) : ''}{' '}
          {t('common.generatedAt', { time: formatDateTime(board.generatedAt) })}
        </span>
      </div>
    </div>
  );
}

/** 安全风险公告栏: printable on A4 landscape. */
export function BoardPage() {
  const { t } = useTranslation('risk');
  const session = useSession();
  usePrintPage('A4 landscape');
  const { data, isLoading, error } = useRiskBoard(session.enterprise?.id ?? '');
  return (
    <PageContainer
      title={t('board.title')}
      extra={
        <Button
          className="sk-no-print"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="risk-board-print"
        >
          {t('common.print')}
        </Button>
      }
    >
      {error ? <Alert type="error" title={errorMessage(t, error)} /> : null}
      <Card className="sk-print-area">
        {isLoading ? <Skeleton active /> : data ? <BoardSheet board={data.data} /> : null}
      </Card>
    </PageContainer>
  );
}
