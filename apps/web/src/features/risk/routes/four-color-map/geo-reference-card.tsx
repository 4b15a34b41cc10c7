import { AimOutlined, DeleteOutlined } from '@ant-design/icons';
import type { SitePlan } from '@shuangkong/contracts';
import { Alert, App, Button, Card, Flex, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useSaveGeoReference } from '../../api/map-api.ts';

/** A control point being edited: where it was clicked on the plan, and the coordinates typed for it. */
export type DraftControlPoint = { x: number; y: number; lat: number | null; lng: number | null };

type Props = {
  enterpriseId: string;
  plan: SitePlan;
  canEdit: boolean;
  points: DraftControlPoint[];
  onPointsChange: (points: DraftControlPoint[]) => void;
  picking: boolean;
  onPickingChange: (picking: boolean) => void;
};

// Residuals above this suggest a mistyped coordinate or a point clicked in the wrong place.
const RESIDUAL_WARNING_METRES = 5;

/**
 * 地理配准: click two or more recognisable places on the plan (a gate, a tank centre) and type their
 * latitude and longitude (from a survey or an online map); every zone then has WGS-84 coordinates.
 */
export function GeoReferenceCard({
  enterpriseId,
  plan,
  canEdit,
  points,
  onPointsChange,
  picking,
  onPickingChange,
}: Props) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const save = useSaveGeoReference(enterpriseId);
  const geo = plan.geoReference;
  const complete = points.every((p) => p.lat !== null && p.lng !== null);
  const setAt = (i: number, patch: Partial<DraftControlPoint>) =>
    onPointsChange(points.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const submit = (controlPoints: DraftControlPoint[]) =>
    save.mutate(
      {
        planId: plan.id,
        controlPoints: controlPoints.map((p) => ({ x: p.x, y: p.y, lat: p.lat ?? 0, lng: p.lng ?? 0 })),
      },
      {
        onSuccess: () => {
          onPickingChange(false);
          void message.success(t('map.geo.saved'));
        },
        onError: (e) => void message.error(errorMessage(t, e)),
      },
    );
  const residual = (i: number) => geo?.residualsMetres[i];
  return (
    <Card size="small" title={t('map.geo.title')} style={{ marginBottom: 16 }} data-testid="risk-map-geo">
      {geo ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="risk-map-geo-status">
          {t(`map.geo.method.${geo.method}`)} · {t('map.geo.rms', { metres: geo.rmsMetres })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('map.geo.none')}
        </Typography.Paragraph>
      )}
      {geo && geo.rmsMetres > RESIDUAL_WARNING_METRES ? (
        <Alert type="warning" style={{ marginBottom: 8 }} title={t('map.geo.largeResidual')} />
      ) : null}
      {picking ? <Alert type="info" style={{ marginBottom: 8 }} title={t('map.geo.pickHint')} /> : null}
      <Table<DraftControlPoint & { index: number }>
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={points.map((p, index) => ({ ...p, index }))}
        locale={{ emptyText: t('map.geo.noPoints') }}
        columns={[
          { title: '#', dataIndex: 'index', width: 32, render: (i: number) => i + 1 },
          {
            title: t('map.geo.lat'),
            render: (_, p) => (
              <InputNumber
                size="small"
                min={-90}
                max={90}
                step={0.000001}
                precision={6}
                value={p.lat}
                disabled={!canEdit}
                onChange={(v) => setAt(p.index, { lat: v })}
                data-testid={`risk-map-geo-lat-${p.index}`}
                style={{ width: 110 }}
              />
            ),
          },
          {
            title: t('map.geo.lng'),
            render: (_, p) => (
              <InputNumber
                size="small"
                min={-180}
                max={180}
                step={0.000001}
                precision={6}
                value={p.lng}
                disabled={!canEdit}
                onChange={(v) => setAt(p.index, { lng: v })}
                data-testid={`risk-map-geo-lng-${p.index}`}
                style={{ width: 110 }}
              />
            ),
          },
          {
            title: t('map.geo.residual'),
            render: (_, p) => {
              const r = residual(p.index);
              return r === undefined ? (
                '—'
              ) : (
                <Typography.Text type={r > RESIDUAL_WARNING_METRES ? 'warning' : undefined}>
                  {r} m
                </Typography.Text>
              );
            },
          },
          {
            title: '',
            width: 32,
            render: (_, p) =>
              canEdit ? (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => onPointsChange(points.filter((_, j) => j !== p.index))}
                />
              ) : null,
          },
        ]}
      />
      {canEdit ? (
        <Flex justify="space-between" wrap gap={8} style={{ marginTop: 8 }}>
          <Button
            size="small"
            icon={<AimOutlined />}
            type={picking ? 'primary' : 'default'}
            onClick={() => onPickingChange(!picking)}
            data-testid="risk-map-geo-pick"
          >
            {picking ? t('map.geo.stopPicking') : t('map.geo.pick')}
          </Button>
          <Space>
            {geo ? (
              <Button size="small" onClick={() => submit([])} data-testid="risk-map-geo-clear">
                {t('map.geo.clear')}
              </Button>
            ) : null}
            <Button
              size="small"
              type="primary"
              disabled={points.length < 2 || !complete}
              loading={save.isPending}
              onClick={() => submit(points)}
              data-testid="risk-map-geo-save"
            >
              {t('map.geo.save')}
            </Button>
          </Space>
        </Flex>
      ) : null}
    </Card>
  );
}
