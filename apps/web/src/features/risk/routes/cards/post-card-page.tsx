import { Alert, Spin } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { usePostCard, useRecordCardPrint } from '../../api/card-api.ts';
import { levelHex, levelTextHex } from '../../components/levels.ts';
import { QrCode } from '../../components/qr-code.tsx';
import { SafetySignBadge } from '../../components/safety-sign.tsx';
import { CardBanner, cellStyle, headStyle, PrintFrame } from './print-frame.tsx';

/** 岗位安全风险告知卡: one post's risks, measures, emergency steps and phones, with a live QR per unit. */
export function PostCardPrintPage() {
  const { t } = useTranslation('risk');
  const { postId = '' } = useParams();
  const session = useSession();
  const { data, isLoading, error } = usePostCard(session.enterprise?.id ?? '', postId);
  const card = data?.data;
  const recordPrint = useRecordCardPrint(session.enterprise?.id ?? '');
  return (
    <PrintFrame
      testId="risk-post-card"
      printStatus={card?.print}
      onPrint={() =>
        card && recordPrint.mutate({ postId, kind: 'post', contentHash: card.print.contentHash })
      }
    >
      {(paper) =>
        isLoading ? (
          <Spin />
        ) : error || !card ? (
          <Alert type="error" title={errorMessage(t, error)} data-testid="risk-card-error" />
        ) : (
          <>
            <CardBanner
              paper={paper}
              background={levelHex(card.level)}
              color={levelTextHex(card.level)}
              testId="risk-post-card-title"
              level={card.level ?? 'none'}
            >
              {t('cards.postCardTitle')}
            </CardBanner>
            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 6 }}>
              <tbody>
                <tr>
                  <td style={headStyle}>{t('cards.enterprise')}</td>
                  <td style={cellStyle}>{card.enterpriseName}</td>
                  <td style={headStyle}>{t('cards.post')}</td>
                  <td style={cellStyle} data-testid="risk-post-card-post">
                    {card.post.name}
                  </td>
                </tr>
                <tr>
                  <td style={headStyle}>{t('cards.department')}</td>
                  <td style={cellStyle}>{card.departmentChain.map((d) => d.name).join(' / ') || '—'}</td>
                  <td style={headStyle}>{t('common.level')}</td>
                  <td
                    style={{
                      ...cellStyle,
                      background: levelHex(card.level),
                      color: levelTextHex(card.level),
                      fontWeight: 600,
                    }}
                  >
                    {t(card.level ? `levels.${card.level}` : 'levels.none')}
                  </td>
                </tr>
                <tr>
                  <td style={headStyle}>{t('cards.accidentTypes')}</td>
                  <td style={cellStyle} colSpan={3}>
                    {card.accidentTypes.map((a) => a.nameZh).join('、') || '—'}
                  </td>
                </tr>
                {card.safetySigns.length > 0 ? (
                  <tr>
                    <td style={headStyle}>{t('cards.safetySigns')}</td>
                    <td style={cellStyle} colSpan={3} data-testid="risk-post-card-signs">
                      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                        {card.safetySigns.map((s) => (
                          <SafetySignBadge key={s.code} sign={s} size={paper === 'A4' ? 34 : 26} />
                        ))}
                      </div>
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            {card.units.length === 0 ? <p>{t('cards.noUnits')}</p> : null}
            {card.units.map((u) => (
              <table
                key={u.unitId}
                style={{ width: '100%', borderCollapse: 'collapse', marginTop: 6 }}
                data-testid="risk-post-card-unit"
              >
                <tbody>
                  <tr>
                    <td
                      style={{
                        ...cellStyle,
                        background: levelHex(u.level),
                        color: levelTextHex(u.level),
                        fontWeight: 600,
                      }}
                      colSpan={2}
                    >
                      {u.objectName} · {u.unitName}（{t(u.level ? `levels.${u.level}` : 'levels.none')}）
                    </td>
                    <td
                      style={{ ...cellStyle, width: paper === 'A4' ? 104 : 76, textAlign: 'center' }}
                      rowSpan={7}
                    >
                      <QrCode value={u.unitUrl} size={paper === 'A4' ? 92 : 66} testId="risk-card-qr" />
                      <div style={{ fontSize: paper === 'A4' ? 10 : 8, lineHeight: 1.2 }}>
                        {t('cards.scan')}
                      </div>
                    </td>
                  </tr>
                  {(
                    [
                      ['cards.mainRisks', u.mainRisks.join('；')],
                      [
                        'cards.hazardFactors',
                        u.hazardFactors
                          .map((f) => `${f.nameZh ?? f.code}${f.note ? `（${f.note}）` : ''}`)
                          .join('；'),
                      ],
                      ['cards.consequences', u.consequences.join('；')],
                      [
                        'cards.controlMeasures',
                        u.controlMeasures.map((m, i) => (
                          <Fragment key={i}>
                            {i + 1}.{' '}
                            {m.hierarchy
                              ? `【${t(`hierarchy.${m.hierarchy}`, { defaultValue: m.hierarchy })}】`
                              : ''}
                            {m.content}
                            <br />
                          </Fragment>
                        )),
                      ],
                      [
                        'cards.emergencyMeasures',
                        u.emergencyMeasures.map((m, i) => `${i + 1}. ${m}`).join('  '),
                      ],
                      [
                        'cards.responsible',
                        u.responsible ? `${u.responsible.name} ${u.responsible.phone ?? ''}` : '—',
                      ],
                    ] as const
                  ).map(([label, content]) => (
                    <tr key={label}>
                      <td style={headStyle}>{t(label)}</td>
                      <td style={cellStyle}>{content || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 6 }}>
              <tbody>
                <tr>
                  <td style={headStyle}>{t('cards.report')}</td>
                  <td style={cellStyle}>{card.report.method}</td>
                </tr>
                <tr>
                  <td style={headStyle}>{t('cards.phones')}</td>
                  <td style={cellStyle}>
                    {card.report.phones
                      .map((p) => `${p.label}${p.name ? ` ${p.name}` : ''}：${p.phone}`)
                      .join('    ')}
                  </td>
                </tr>
              </tbody>
            </table>
            <div
              style={{ display: 'flex', justifyContent: 'space-between', marginTop: 6, fontSize: '0.85em' }}
            >
              <span>{t('board.slogan')}</span>
              <span>
                {card.updatedDate ? t('common.updatedDate', { date: card.updatedDate }) : ''}{' '}
                {t('common.generatedAt', { time: formatDateTime(card.generatedAt) })}
              </span>
            </div>
          </>
        )
      }
    </PrintFrame>
  );
}
