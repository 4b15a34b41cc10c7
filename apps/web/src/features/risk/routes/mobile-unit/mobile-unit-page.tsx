import { Suspense } from 'react';
import { Alert, Card, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useSlotFills } from '../../../../shared/feature/slots.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useRiskUnit } from '../../api/register-api.ts';
import { levelHex, levelTextHex } from '../../components/levels.ts';
import { LevelTag } from '../../components/tags.tsx';
import { mobileUnitSections } from '../../slots.ts';

/** What a printed card's QR code opens: the live unit, its risks, measures and emergency steps. */
export function MobileUnitPage() {
  const { t } = useTranslation('risk');
  const { unitId = '' } = useParams();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? session.user.enterpriseId ?? '';
  const { data, isLoading, error } = useRiskUnit(enterpriseId, unitId);
  const sections = useSlotFills(mobileUnitSections);
  if (error)
    return (
      <Alert
        type="error"
        title={errorMessage(t, error)}
        style={{ margin: 12 }}
        data-testid="risk-mobile-unit-error"
      />
    );
  if (isLoading || !data) return <Skeleton active style={{ padding: 12 }} />;
  const { unit, object, events } = data.data;
  return (
    <div style={{ padding: 12 }} data-testid="risk-mobile-unit">
      <div
        style={{
          background: levelHex(unit.currentLevel),
          color: levelTextHex(unit.currentLevel),
          padding: 12,
          borderRadius: 8,
          marginBottom: 12,
        }}
      >
        <Typography.Title level={4} style={{ margin: 0, color: 'inherit' }}>
          {unit.name}
        </Typography.Title>
        <div>
          {object.name} · {t(unit.currentLevel ? `levels.${unit.currentLevel}` : 'levels.none')}
        </div>
      </div>
      {sections.map(({ key, component: Section }) => (
        <Suspense key={key} fallback={null}>
          <Section enterpriseId={enterpriseId} unitId={unit.id} />
        </Suspense>
      ))}
      {events.map((e) => (
        <Card
          key={e.id}
          size="small"
          style={{ marginBottom: 12 }}
          title={
            <Space wrap>
              {e.name}
              <LevelTag level={e.residualLevel ?? e.inherentLevel} short />
            </Space>
          }
        >
          {e.consequences ? (
            <Typography.Paragraph type="secondary">{e.consequences}</Typography.Paragraph>
          ) : null}
          <Typography.Text strong>{t('mobile.measures')}</Typography.Text>
          <List
            size="small"
            dataSource={e.measures}
            renderItem={(m) => (
              <List.Item>
                {m.hierarchy ? <Tag>{t(`hierarchy.${m.hierarchy}`)}</Tag> : null}
                {m.content}
              </List.Item>
            )}
          />
          <Typography.Text strong style={{ color: '#c00' }}>
            {t('mobile.emergency')}
          </Typography.Text>
          <List
            size="small"
            dataSource={e.emergencyMeasures}
            renderItem={(m, i) => (
              <List.Item>
                {i + 1}. {m.content}
              </List.Item>
            )}
          />
        </Card>
      ))}
    </div>
  );
}
