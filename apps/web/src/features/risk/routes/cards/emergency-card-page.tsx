import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useEmergencyCard, useRecordCardPrint } from '../../api/card-api.ts';
import { CardBanner, cellStyle, headStyle, PrintFrame } from './print-frame.tsx';

/** 岗位应急处置卡: per 险情/事故 the steps, then internal and external phones and 注意事项. */
export function EmergencyCardPrintPage() {
  const { t } = useTranslation('risk');
  const { postId = '' } = useParams();
  const session = useSession();
  const { data, isLoading, error } = useEmergencyCard(session.enterprise?.id ?? '', postId);
  const card = data?.data;
  const recordPrint = useRecordCardPrint(session.enterprise?.id ?? '');
  return (
    <PrintFrame
      testId="risk-emergency-card"
      printStatus={card?.print}
      onPrint={() =>
        card && recordPrint.mutate({ postId, kind: 'emergency', contentHash: card.print.contentHash })
      }
    >
      {(paper) =>
        isLoading ? (
          <Spin />
        ) : error || !card ? (
          <Alert type="error" title={errorMessage(t, error)} data-testid="risk-card-error" />
        ) : (
          <>
            <CardBanner paper={paper} background="#c00" color="#fff">
              {t('cards.emergencyCardTitle')}
            </CardBanner>
            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 6 }}>
              <tbody>
                <tr>
                  <td style={headStyle}>{t('cards.enterprise')}</td>
                  <td style={cellStyle}>{card.enterpriseName}</td>
                  <td style={headStyle}>{t('cards.post')}</td>
                  <td style={cellStyle} data-testid="risk-emergency-card-post">
                    {card.post.name}
                  </td>
                </tr>
                <tr>
                  <td style={headStyle}>{t('cards.department')}</td>
                  <td style={cellStyle} colSpan={3}>
                    {card.departmentChain.map((d) => d.name).join(' / ') || '—'}
                  </td>
                </tr>
              </tbody>
            </table>
            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 6 }}>
              <thead>
                <tr>
                  <th style={{ ...headStyle, width: '6%' }}>#</th>
                  <th style={headStyle}>{t('cards.scenario')}</th>
                  <th style={{ ...headStyle, width: 'auto' }}>{t('cards.steps')}</th>
                </tr>
              </thead>
              <tbody>
                {card.scenarios.map((s, i) => (
                  <tr key={s.eventId} data-testid="risk-emergency-scenario">
                    <td style={cellStyle}>{i + 1}</td>
                    <td style={cellStyle}>
                      {s.eventName}
                      <div style={{ fontSize: '0.85em' }}>
                        {s.unitName} · {s.accidentTypes.map((a) => a.nameZh).join('、')}
                      </div>
                    </td>
                    <td style={cellStyle}>
                      {s.steps.map((step, j) => (
                        <div key={j}>
                          {j + 1}. {step}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 6 }}>
              <tbody>
                <tr>
                  <td style={headStyle}>{t('cards.internal')}</td>
                  <td style={cellStyle}>
                    {card.contacts.internal
                      .map((p) => `${p.label}${p.name ? ` ${p.name}` : ''}：${p.phone}`)
                      .join('    ') || '—'}
                  </td>
                </tr>
                <tr>
                  <td style={headStyle}>{t('cards.external')}</td>
                  <td style={cellStyle}>
                    {card.contacts.external.map((p) => `${p.label}：${p.phone}`).join('    ')}
                  </td>
                </tr>
                <tr>
                  <td style={headStyle}>{t('cards.notes')}</td>
                  <td style={cellStyle}>
                    {card.notes.map((n, i) => (
                      <div key={i}>{n}</div>
                    ))}
                  </td>
                </tr>
              </tbody>
            </table>
            <div style={{ textAlign: 'right', marginTop: 6, fontSize: '0.85em' }}>
              {card.updatedDate ? t('common.updatedDate', { date: card.updatedDate }) : ''}{' '}
              {t('common.generatedAt', { time: formatDateTime(card.generatedAt) })}
            </div>
          </>
        )
      }
    </PrintFrame>
  );
}
