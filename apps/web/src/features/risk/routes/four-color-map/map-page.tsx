import { PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import type { PlacementGeometry, RiskLevel } from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  List,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { shanghaiToday } from '../../../../shared/format/civil-date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useCreateSitePlan, useSavePlacements, useSitePlan, useSitePlans } from '../../api/map-api.ts';
import { useRegisterTree } from '../../api/register-api.ts';
import {
  anchorOf,
  closePolygon,
  pointAt,
  svgPoints,
  toFraction,
  type Point,
} from '../../components/geometry.ts';
import { countLevels, legendRows, levelHex, withAlpha } from '../../components/levels.ts';
import { LevelDot, LevelTag, OutOfControlTag } from '../../components/tags.tsx';
import { usePrintPage } from '../../components/use-print-page.ts';
import { GeoReferenceCard, type DraftControlPoint } from './geo-reference-card.tsx';

type MapUnit = {
  id: string;
  code: string;
  name: string;
  objectName: string;
  level: RiskLevel | null;
  /** 失控 (a missed check): the zone gets a dashed red outline and a badge. */
  outOfControlReason: string | null;
};
// A missed check's outline: red whatever the level's fill, so it reads on every color.
const LOST_HEX = '#cf1322';
type Mode = 'idle' | 'polygon' | 'point' | 'control';

/** The drawing surface: the plan image with an SVG overlay in the image's own pixel coordinates. */
function PlanCanvas({
  fileUrl,
  width,
  height,
  units,
  placements,
  selectedId,
  mode,
  draft,
  onPoint,
  onClose,
  onSelect,
  controlPoints,
}: {
  fileUrl: string;
  width: number;
  height: number;
  units: Map<string, MapUnit>;
  placements: Map<string, PlacementGeometry>;
  selectedId: string | null;
  mode: Mode;
  draft: Point[];
  onPoint: (p: Point) => void;
  onClose: () => void;
  onSelect: (unitId: string) => void;
  /** Geo-reference control points, drawn as numbered crosses. */
  controlPoints: readonly { x: number; y: number }[];
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { t } = useTranslation('risk');
  const outOfControlLabel = t('register.outOfControl');
  const stroke = Math.max(width, height) / 400;
  const font = Math.max(width, height) / 60;
  const at = (e: MouseEvent) => {
    const rect = svgRef.current?.getBoundingClientRect();
    return rect ? toFraction(e.clientX, e.clientY, rect) : null;
  };
  return (
    <div
      style={{ position: 'relative', width: '100%', lineHeight: 0, border: '1px solid #d9d9d9' }}
      data-testid="risk-map-canvas-wrap"
    >
      <img
        src={fileUrl}
        alt=""
        style={{ width: '100%', height: 'auto', aspectRatio: `${width} / ${height}`, display: 'block' }}
        draggable={false}
      />
      <svg
        ref={svgRef}
        data-testid="risk-map-canvas"
        data-mode={mode}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        style={{
          position: 'absolute',
          inset: 0,
          width: '100%',
          height: '100%',
          cursor: mode === 'idle' ? 'default' : 'crosshair',
        }}
        onClick={(e) => {
          if (mode === 'idle') return;
          const p = at(e);
          if (p) onPoint(p);
        }}
        onDoubleClick={(e) => {
          if (mode !== 'polygon') return;
          e.preventDefault();
          onClose();
        }}
      >
        {[...placements.entries()].map(([unitId, g]) => {
          const u = units.get(unitId);
          const hex = levelHex(u?.level ?? null);
          const selected = unitId === selectedId;
          const lost = Boolean(u?.outOfControlReason);
          const [ax, ay] = anchorOf(g);
          const common = {
            'data-testid': `risk-map-shape-${u?.code ?? unitId}`,
            'data-level': u?.level ?? 'none',
            'data-out-of-control': u?.outOfControlReason ? 'true' : 'false',
            onClick: (e: MouseEvent) => {
              if (mode !== 'idle') return;
              e.stopPropagation();
              onSelect(unitId);
            },
            style: { cursor: mode === 'idle' ? 'pointer' : 'crosshair' },
          };
          return (
            <g key={unitId}>
              {g.type === 'polygon' ? (
                <polygon
                  {...common}
                  points={svgPoints(g.points, width, height)}
                  fill={withAlpha(hex, 0.5)}
                  stroke={selected ? '#000' : lost ? LOST_HEX : hex}
                  strokeWidth={selected || lost ? stroke * 2 : stroke}
                  strokeDasharray={lost ? `${stroke * 4} ${stroke * 2}` : undefined}
                />
              ) : (
                <circle
                  {...common}
                  cx={g.x * width}
                  cy={g.y * height}
                  r={font * 0.8}
                  fill={withAlpha(hex, 0.8)}
                  stroke={selected ? '#000' : lost ? LOST_HEX : '#fff'}
                  strokeWidth={lost ? stroke * 2 : stroke}
                  strokeDasharray={lost ? `${stroke * 3} ${stroke * 1.5}` : undefined}
                />
              )}
              {lost ? (
                <text
                  data-testid={`risk-map-out-of-control-${u?.code ?? unitId}`}
                  x={ax * width}
                  y={ay * height - font * 1.4}
                  fontSize={font * 0.9}
                  fontWeight="bold"
                  textAnchor="middle"
                  dominantBaseline="middle"
                  fill={LOST_HEX}
                  stroke="#fff"
                  strokeWidth={font / 8}
                  paintOrder="stroke"
                  pointerEvents="none"
                >
                  <title>{u?.outOfControlReason}</title>
                  {outOfControlLabel}
                </text>
              ) : null}
              <text
                x={ax * width}
                y={ay * height + (g.type === 'point' ? font * 2 : 0)}
                fontSize={font}
                textAnchor="middle"
                dominantBaseline="middle"
                fill="#000"
                stroke="#fff"
                strokeWidth={font / 8}
                paintOrder="stroke"
                pointerEvents="none"
              >
                {u?.name ?? ''}
              </text>
            </g>
          );
        })}
        {draft.length > 0 ? (
          <g data-testid="risk-map-draft" data-points={draft.length}>
            <polyline
              points={svgPoints(draft, width, height)}
              fill="rgba(0,0,0,0.1)"
              stroke="#000"
              strokeDasharray={`${stroke * 3}`}
              strokeWidth={stroke}
            />
            {draft.map(([x, y], i) => (
              <circle key={i} cx={x * width} cy={y * height} r={stroke * 2} fill="#000" />
            ))}
          </g>
        ) : null}
        {controlPoints.map((p, i) => (
          <g key={`cp-${i}`} data-testid={`risk-map-control-point-${i}`} pointerEvents="none">
            <path
              d={`M ${p.x * width - font} ${p.y * height} h ${font * 2} M ${p.x * width} ${p.y * height - font} v ${font * 2}`}
              stroke="#722ed1"
              strokeWidth={stroke * 1.5}
            />
            <text x={p.x * width + font * 0.6} y={p.y * height - font * 0.6} fontSize={font} fill="#722ed1">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

/** 四色分布图: upload a site plan, draw each unit, colours follow the units' current levels. */
export function MapPage() {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  usePrintPage('A4 landscape');
  const [params, setParams] = useSearchParams();
  const plans = useSitePlans(enterpriseId);
  const planId = params.get('plan') ?? plans.data?.data[0]?.id ?? null;
  const plan = useSitePlan(enterpriseId, planId);
  const tree = useRegisterTree(enterpriseId, {});
  const create = useCreateSitePlan(enterpriseId, session.csrfToken);
  const save = useSavePlacements(enterpriseId);
  const fileInput = useRef<HTMLInputElement>(null);

  const units = useMemo(() => {
    const m = new Map<string, MapUnit>();
    for (const o of tree.data?.data.objects ?? []) {
      for (const u of o.units)
        m.set(u.id, {
          id: u.id,
          code: u.code,
          name: u.name,
          objectName: o.name,
          level: u.currentLevel,
          outOfControlReason: u.outOfControlReason,
        });
    }
    for (const p of plan.data?.data.placements ?? []) {
      if (!m.has(p.unitId))
        m.set(p.unitId, {
          id: p.unitId,
          code: p.unitCode,
          name: p.unitName,
          objectName: p.objectName,
          level: p.level,
          outOfControlReason: p.outOfControlReason,
        });
    }
    return m;
  }, [tree.data, plan.data]);

  const [placements, setPlacements] = useState<Map<string, PlacementGeometry>>(new Map());
  const [dirty, setDirty] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('idle');
  const [draft, setDraft] = useState<Point[]>([]);
  const [reviewedOn, setReviewedOn] = useState<Map<string, string | null>>(new Map());
  const [controlPoints, setControlPoints] = useState<DraftControlPoint[]>([]);

  useEffect(() => {
    const server = plan.data?.data.placements ?? [];
    setPlacements(new Map(server.map((p) => [p.unitId, p.geometry])));
    setReviewedOn(new Map(server.map((p) => [p.unitId, p.reviewedOn])));
    setControlPoints(plan.data?.data.geoReference?.controlPoints ?? []);
    setDirty(false);
  }, [plan.data]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setMode('idle');
        setDraft([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const canEdit =
    (plan.data?.abilities?.canEdit ?? plans.data?.abilities?.canEdit ?? tree.data?.abilities.canEdit) ===
    true;
  const place = (unitId: string, g: PlacementGeometry | null) => {
    setPlacements((prev) => {
      const next = new Map(prev);
      if (g) next.set(unitId, g);
      else next.delete(unitId);
      return next;
    });
    setDirty(true);
  };
  const finishPolygon = () => {
    if (!selectedId) return;
    const g = closePolygon(draft);
    if (g) place(selectedId, g);
    setDraft([]);
    setMode('idle');
  };
  const onPoint = (p: Point) => {
    if (mode === 'control') {
      setControlPoints((prev) => [...prev, { x: p[0], y: p[1], lat: null, lng: null }]);
      return;
    }
    if (!selectedId) return;
    if (mode === 'point') {
      place(selectedId, pointAt(p));
      setMode('idle');
    } else if (mode === 'polygon') {
      setDraft((d) => [...d, p]);
    }
  };
  const onUpload = (file: File | undefined) => {
    if (!file) return;
    create.mutate(
      { file, name: file.name.replace(/\.[^.]+$/, '') || t('map.plan') },
      {
        onSuccess: (res) => {
          const p = new URLSearchParams(params);
          p.set('plan', res.data.id);
          setParams(p, { replace: true });
        },
        onError: (e) => void message.error(errorMessage(t, e)),
      },
    );
  };
  const onSave = () => {
    if (!planId) return;
    save.mutate(
      {
        planId,
        placements: [...placements.entries()].map(([unitId, geometry]) => ({
          unitId,
          geometry,
          reviewedOn: reviewedOn.get(unitId) ?? null,
        })),
      },
      {
        onSuccess: () => {
          setDirty(false);
          void message.success(t('map.saved'));
        },
        onError: (e) => void message.error(errorMessage(t, e)),
      },
    );
  };

  const placedLevels = [...placements.keys()].map((id) => units.get(id)?.level ?? null);
  const legend = legendRows(countLevels(placedLevels));
  const selected = selectedId ? units.get(selectedId) : undefined;
  const current = plan.data?.data;

  return (
    <PageContainer
      title={t('map.title')}
      subTitle={<span className="sk-no-print">{t('map.subtitle')}</span>}
      extra={
        <Space className="sk-no-print" wrap>
          {(plans.data?.data.length ?? 0) > 0 ? (
            <Select
              style={{ minWidth: 200 }}
              value={planId ?? undefined}
              data-testid="risk-map-plan-select"
              onChange={(id: string) => {
                const p = new URLSearchParams(params);
                p.set('plan', id);
                setParams(p, { replace: true });
              }}
              options={(plans.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          ) : null}
          {canEdit || (plans.data && plans.data.data.length === 0) ? (
            <>
              <input
                ref={fileInput}
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif"
                style={{ display: 'none' }}
                data-testid="risk-map-upload-input"
                onChange={(e) => {
                  onUpload(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
              <Button
                icon={<UploadOutlined />}
                loading={create.isPending}
                onClick={() => fileInput.current?.click()}
                data-testid="risk-map-upload"
              >
                {t('map.uploadPlan')}
              </Button>
            </>
          ) : null}
          <Button
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="risk-map-print"
            disabled={!current}
          >
            {t('common.print')}
          </Button>
        </Space>
      }
    >
      {plans.isLoading ? <Spin /> : null}
      {plans.error ? <Alert type="error" title={errorMessage(t, plans.error)} /> : null}
      {plans.data && plans.data.data.length === 0 ? <Empty description={t('map.noPlans')} /> : null}
      {current ? (
        <Row gutter={16}>
          <Col xs={24} xl={6} className="sk-no-print">
            <Card size="small" title={t('map.units')} style={{ marginBottom: 16 }}>
              <Select
                showSearch
                allowClear
                optionFilterProp="label"
                style={{ width: '100%', marginBottom: 8 }}
                placeholder={t('map.selectUnit')}
                value={selectedId ?? undefined}
                data-testid="risk-map-unit-select"
                onChange={(v: string | undefined) => {
                  setSelectedId(v ?? null);
                  setMode('idle');
                  setDraft([]);
                }}
                options={[...units.values()].map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))}
              />
              {selected && canEdit ? (
                <Space wrap style={{ marginBottom: 8 }}>
                  <Button
                    size="small"
                    type={mode === 'polygon' ? 'primary' : 'default'}
                    onClick={() => {
                      setMode('polygon');
                      setDraft([]);
                    }}
                    data-testid="risk-map-draw-polygon"
                  >
                    {t('map.drawPolygon')}
                  </Button>
                  <Button
                    size="small"
                    type={mode === 'point' ? 'primary' : 'default'}
                    onClick={() => setMode('point')}
                    data-testid="risk-map-draw-point"
                  >
                    {t('map.drawPoint')}
                  </Button>
                  {mode === 'polygon' ? (
                    <Button
                      size="small"
                      onClick={finishPolygon}
                      disabled={draft.length < 3}
                      data-testid="risk-map-finish"
                    >
                      {t('map.finish')}
                    </Button>
                  ) : null}
                  {mode !== 'idle' ? (
                    <Button
                      size="small"
                      onClick={() => {
                        setMode('idle');
                        setDraft([]);
                      }}
                      data-testid="risk-map-cancel"
                    >
                      {t('map.cancelDraw')}
                    </Button>
                  ) : null}
                  {placements.has(selected.id) ? (
                    <Button
                      size="small"
                      danger
                      onClick={() => place(selected.id, null)}
                      data-testid="risk-map-remove"
                    >
                      {t('map.remove')}
                    </Button>
                  ) : null}
                </Space>
              ) : null}
              {mode === 'polygon' || mode === 'point' ? (
                <Alert
                  type="info"
                  style={{ marginBottom: 8 }}
                  title={mode === 'polygon' ? t('map.drawHint') : t('map.pointHint')}
                />
              ) : null}
              {selected ? (
                <div style={{ marginBottom: 8 }}>
                  <LevelTag level={selected.level} />
                  <OutOfControlTag
                    reason={selected.outOfControlReason}
                    testId="risk-map-selected-out-of-control"
                  />{' '}
                  {selected.objectName} / {selected.name}{' '}
                  <Link to={`/risk/register?unit=${selected.id}`}>{t('map.viewRisks')}</Link>
                  {placements.has(selected.id) ? (
                    <Flex align="center" gap={8} style={{ marginTop: 8 }}>
                      <Typography.Text type="secondary">{t('map.reviewedOn')}</Typography.Text>
                      <Input
                        type="date"
                        size="small"
                        style={{ width: 150 }}
                        disabled={!canEdit}
                        value={reviewedOn.get(selected.id) ?? ''}
                        data-testid="risk-map-reviewed-on"
                        onChange={(e) => {
                          const value = e.target.value || null;
                          setReviewedOn((prev) => new Map(prev).set(selected.id, value));
                          setDirty(true);
                        }}
                      />
                    </Flex>
                  ) : null}
                </div>
              ) : null}
              <List
                size="small"
                style={{ maxHeight: 420, overflow: 'auto' }}
                dataSource={[...units.values()]}
                renderItem={(u) => (
                  <List.Item
                    data-testid={`risk-map-unit-${u.code}`}
                    onClick={() => {
                      setSelectedId(u.id);
                      setMode('idle');
                      setDraft([]);
                    }}
                    style={{
                      cursor: 'pointer',
                      background: u.id === selectedId ? '#e6f4ff' : undefined,
                      paddingInline: 8,
                    }}
                  >
                    <span>
                      <LevelDot level={u.level} />
                      {u.code} {u.name}
                    </span>
                    <Tag color={placements.has(u.id) ? 'green' : 'default'}>
                      {placements.has(u.id) ? t('map.placed') : t('map.notPlaced')}
                    </Tag>
                  </List.Item>
                )}
              />
              {canEdit ? (
                <Flex gap={8} align="center" style={{ marginTop: 12 }}>
                  <Button
                    type="primary"
                    onClick={onSave}
                    loading={save.isPending}
                    disabled={!dirty}
                    data-testid="risk-map-save"
                  >
                    {t('map.save')}
                  </Button>
                  {dirty ? <Typography.Text type="warning">{t('map.unsaved')}</Typography.Text> : null}
                </Flex>
              ) : null}
            </Card>
            <GeoReferenceCard
              enterpriseId={enterpriseId}
              plan={current}
              canEdit={canEdit}
              points={controlPoints}
              onPointsChange={setControlPoints}
              picking={mode === 'control'}
              onPickingChange={(on) => {
                setMode(on ? 'control' : 'idle');
                setDraft([]);
              }}
            />
          </Col>
          <Col xs={24} xl={18}>
            <Card size="small" className="sk-print-area" data-testid="risk-map-sheet">
              <Flex justify="space-between" align="baseline" wrap style={{ marginBottom: 8 }}>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {t('map.printTitle', { enterprise: current.enterpriseName })}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {current.name} · {t('map.drawnAt', { date: shanghaiToday() })}
                </Typography.Text>
              </Flex>
              <PlanCanvas
                fileUrl={current.fileUrl}
                width={current.width}
                height={current.height}
                units={units}
                placements={placements}
                selectedId={selectedId}
                mode={mode}
                draft={draft}
                onPoint={onPoint}
                onClose={finishPolygon}
                onSelect={setSelectedId}
                controlPoints={controlPoints}
              />
              <Flex gap={16} wrap align="center" style={{ marginTop: 8 }} data-testid="risk-map-legend">
                <Typography.Text strong>{t('map.legend')}</Typography.Text>
                {legend.map((r) => (
                  <span key={r.level ?? 'none'} data-testid={`risk-map-legend-${r.level ?? 'none'}`}>
                    <span
                      style={{
                        display: 'inline-block',
                        width: 18,
                        height: 12,
                        background: withAlpha(r.hex, 0.6),
                        border: `1px solid ${r.hex}`,
                        marginInlineEnd: 4,
                        verticalAlign: 'middle',
                      }}
                    />
                    {t(r.level ? `levels.${r.level}` : 'levels.none')}（{r.count}）
                  </span>
                ))}
              </Flex>
            </Card>
          </Col>
        </Row>
      ) : null}
    </PageContainer>
  );
}
