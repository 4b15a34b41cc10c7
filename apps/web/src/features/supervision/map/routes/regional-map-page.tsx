import type { RegionalMapData, RiskLevel } from '@shuangkong/contracts';
import { Alert, Button, Card, Checkbox, Flex, Select, Space, Spin, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useBoundarySet, useRegionalMapData } from '../api/map-api.ts';
import { BoundaryUploadButton } from '../components/boundary-upload.tsx';
import { MapCanvas } from '../components/map-canvas.tsx';
import { mapPalette } from '../components/level-style.ts';
import {
  codeOfLevel,
  levelCounts,
  levelOfCode,
  visibleMask,
  type LevelFilter,
} from '../components/map-model.ts';
import type { MapPoints, MapShape } from '../canvas/map-renderer.ts';
import '../../i18n.ts';

const LEVEL_FILTERS: readonly LevelFilter[] = ['major', 'significant', 'general', 'low', 'none'];
const codeOf = (l: LevelFilter) => (l === 'none' ? 0 : codeOfLevel[l]);

function shapesOf(data: RegionalMapData | undefined, show: boolean): MapShape[] {
  if (!data || !show) return [];
  return data.publicRisks.map((p) =>
    p.geometry.type === 'Point'
      ? { kind: 'point', at: p.geometry.coordinates, color: codeOfLevel[p.level] }
      : { kind: 'polygon', rings: p.geometry.coordinates, color: codeOfLevel[p.level] },
  );
}

/**
 * 区域四色图: the jurisdiction's boundaries, every enterprise in remit as a point in the color of its
 * overall level, public-area risks as areas; filters by industry and level, a legend with counts,
 * pan and zoom, hover, click through to the enterprise.
 */
export function RegionalMapPage() {
  const { t } = useTranslation('supervision');
  const navigate = useNavigate();
  const query = useRegionalMapData();
  const boundarySet = useBoundarySet();
  const data = query.data?.data;
  const [levels, setLevels] = useState<LevelFilter[]>([]);
  const [industry, setIndustry] = useState<number | null>(null);
  const [showPublic, setShowPublic] = useState(true);
  const [fitKey, setFitKey] = useState(0);
  const [focus, setFocus] = useState<{ index: number } | null>(null);
  const enterpriseOptions = useMemo(
    () => (data ? data.enterprises.names.map((name, i) => ({ value: i, label: name })) : []),
    [data],
  );

  const points = useMemo<MapPoints>(
    () =>
      data
        ? { lng: data.enterprises.lng, lat: data.enterprises.lat, color: data.enterprises.level }
        : { lng: [], lat: [], color: [] },
    [data],
  );
  const boundaries = useMemo(() => data?.boundaries ?? [], [data, fitKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const mask = useMemo(
    () => (data ? visibleMask(data.enterprises, { levels, industry }) : undefined),
    [data, levels, industry],
  );
  const shapes = useMemo(() => shapesOf(data, showPublic), [data, showPublic]);
  const counts = useMemo(
    () => (data ? levelCounts(data.enterprises, industry) : [0, 0, 0, 0, 0]),
    [data, industry],
  );
  const shown = useMemo(() => (mask ? mask.reduce((s, v) => s + v, 0) : 0), [mask]);
  const total = data?.enterprises.ids.length ?? 0;
  const visibleRisks = showPublic ? (data?.publicRisks ?? []) : [];

  const toggleLevel = (l: LevelFilter) =>
    setLevels((current) => (current.includes(l) ? current.filter((x) => x !== l) : [...current, l]));

  return (
    <PageContainer
      title={t('map.title')}
      subTitle={t('map.subtitle')}
      extra={boundarySet.data?.data.mayUpload ? <BoundaryUploadButton set={boundarySet.data.data} /> : null}
    >
      {query.error ? (
        <Alert type="error" title={errorMessage(t, query.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {data && data.boundaries.length === 0 ? (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={boundarySet.data?.data.mayUpload ? t('map.noBoundariesAdmin') : t('map.noBoundaries')}
        />
      ) : null}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<number | null>
          style={{ minWidth: 200 }}
          value={industry}
          onChange={(v) => setIndustry(v ?? null)}
          allowClear
          placeholder={t('map.filters.allIndustries')}
          options={(data?.industryList ?? []).map((ind, i) => ({ value: i, label: ind.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="map-industry"
          aria-label={t('map.filters.industry')}
        />
        <Checkbox.Group<LevelFilter>
          value={levels}
          onChange={(v) => setLevels(v)}
          options={LEVEL_FILTERS.map((l) => ({ value: l, label: t(`map.levelShort.${l}`) }))}
          data-testid="map-levels"
        />
        <Space>
          <Switch
            checked={showPublic}
            onChange={setShowPublic}
            size="small"
            data-testid="map-public-toggle"
          />
          <Typography.Text>{t('map.filters.publicRisks')}</Typography.Text>
        </Space>
        <Select<number>
          style={{ minWidth: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('map.filters.locate')}
          value={focus?.index}
          onChange={(index) => {
            setLevels([]);
            setIndustry(null);
            setFocus({ index });
          }}
          options={enterpriseOptions}
          data-testid="map-locate"
          aria-label={t('map.filters.locate')}
        />
        <Button size="small" onClick={() => setFitKey((k) => k + 1)}>
          {t('map.filters.reset')}
        </Button>
      </Flex>
      <Flex gap={12} align="flex-start" wrap>
        <Card
          styles={{ body: { padding: 0 } }}
          style={{ flex: '1 1 600px', minWidth: 320, overflow: 'hidden' }}
        >
          {query.isLoading ? (
            <Flex justify="center" align="center" style={{ height: 600 }}>
              <Spin />
            </Flex>
          ) : (
            <MapCanvas
              boundaries={boundaries}
              points={points}
              shapes={shapes}
              mask={mask}
              height={600}
              testId="regional-map"
              focus={focus}
              onPick={(hit) => {
                if (!data) return;
                if (hit.kind === 'point') void navigate(`/enterprises/${data.enterprises.ids[hit.index]}`);
                else {
                  const risk = visibleRisks[hit.index];
                  if (risk) void navigate(`/supervision/public-risks/${risk.id}`);
                }
              }}
              tooltip={(hit) => (data ? <MapTooltip data={data} hit={hit} risks={visibleRisks} /> : null)}
            />
          )}
        </Card>
        <Card size="small" title={t('map.legend.title')} style={{ width: 240 }} data-testid="map-legend">
          <Space direction="vertical" size={6} style={{ width: '100%' }}>
            {LEVEL_FILTERS.map((l) => {
              const active = levels.length === 0 || levels.includes(l);
              return (
                <Flex
                  key={l}
                  justify="space-between"
                  align="center"
                  style={{ cursor: 'pointer', opacity: active ? 1 : 0.45 }}
                  onClick={() => toggleLevel(l)}
                  data-testid={`map-legend-${l}`}
                >
                  <Space size={8}>
                    <span
                      style={{
                        display: 'inline-block',
                        width: 12,
                        height: 12,
                        borderRadius: 6,
                        background: mapPalette[codeOf(l)],
                        border: '1px solid rgba(0,0,0,0.45)',
                      }}
                    />
                    <Typography.Text>{t(`map.levels.${l}`)}</Typography.Text>
                  </Space>
                  <Typography.Text strong data-testid={`map-count-${l}`}>
                    {counts[codeOf(l)]}
                  </Typography.Text>
                </Flex>
              );
            })}
            <Typography.Text type="secondary" data-testid="map-shown">
              {t('map.legend.shown', { shown, total })}
            </Typography.Text>
            <Flex justify="space-between" align="center">
              <Space size={8}>
                <span
                  style={{
                    display: 'inline-block',
                    width: 12,
                    height: 12,
                    transform: 'rotate(45deg)',
                    background: mapPalette[3],
                    border: '1px solid #222',
                  }}
                />
                <Typography.Text>{t('map.publicRisks.title')}</Typography.Text>
              </Space>
              <Typography.Text strong data-testid="map-count-public">
                {data?.publicRisks.length ?? 0}
              </Typography.Text>
            </Flex>
            {data && data.unlocated > 0 ? (
              <Typography.Text type="warning">
                {t('map.legend.unlocated', { n: data.unlocated })}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('map.legend.levelRule')}
            </Typography.Text>
          </Space>
        </Card>
      </Flex>
    </PageContainer>
  );
}

function MapTooltip({
  data,
  hit,
  risks,
}: {
  data: RegionalMapData;
  hit: { kind: 'point' | 'shape'; index: number };
  risks: RegionalMapData['publicRisks'];
}) {
  const { t } = useTranslation('supervision');
  if (hit.kind === 'shape') {
    const risk = risks[hit.index];
    if (!risk) return null;
    return (
      <div>
        <Typography.Text strong>{risk.name}</Typography.Text>
        <div>
          {t('map.tooltip.publicRisk')} · {t(`map.levels.${risk.level}`)}
        </div>
      </div>
    );
  }
  const e = data.enterprises;
  const i = hit.index;
  const level: RiskLevel | null = levelOfCode[e.level[i] ?? 0] ?? null;
  const township = data.townships[e.township[i] ?? -1]?.name;
  const industries = (e.industries[i] ?? []).map((k) => data.industryList[k]?.name).filter(Boolean);
  return (
    <div data-testid="map-tooltip-enterprise">
      <Typography.Text strong>{e.names[i]}</Typography.Text>
      <div>
        {t('map.tooltip.level')}：{t(`map.levels.${level ?? 'none'}`)}
      </div>
      {township ? (
        <div>
          {t('map.tooltip.township')}：{township}
        </div>
      ) : null}
      {industries.length > 0 ? (
        <div>
          {t('map.tooltip.industries')}：{industries.join('、')}
        </div>
      ) : null}
      <Typography.Text type="secondary">{t('map.tooltip.open')}</Typography.Text>
    </div>
  );
}
