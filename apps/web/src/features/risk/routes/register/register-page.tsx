import type { TFunction } from 'i18next';
import { AuditOutlined, ImportOutlined, InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Tooltip,
  Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useRiskReadiness } from '../../api/readiness-api.ts';
import { useRegisterTree, type RegisterAbilities, type TreeObject } from '../../api/register-api.ts';
import { ObjectFormModal, UnitFormModal } from '../../components/entity-forms.tsx';
import { legendRows, levelsDescending } from '../../components/levels.ts';
import { LevelDot, LevelTag, OutOfControlTag } from '../../components/tags.tsx';
import { TemplateImportModal } from '../../components/template-import-modal.tsx';
import { ObjectDetail } from './object-detail.tsx';
import { UnitDetail } from './unit-detail.tsx';

/** Counts by level and the enterprise level with its rule; shared by the regulator view. */
export function RegisterSummary({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('risk');
  const { data } = useRegisterTree(enterpriseId, {});
  if (!data) return null;
  const { enterprise, counts } = data.data;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="risk-register-summary">
      <Flex gap={24} wrap align="center">
        <Space>
          <Typography.Text strong>{t('register.overall')}</Typography.Text>
          <LevelTag level={enterprise.level} testId="risk-enterprise-level" />
          <Tooltip title={enterprise.rule}>
            <InfoCircleOutlined data-testid="risk-enterprise-rule" style={{ color: 'rgba(0,0,0,0.45)' }} />
          </Tooltip>
        </Space>
        <Space wrap data-testid="risk-level-counts">
          <Typography.Text type="secondary">{t('register.counts')}</Typography.Text>
          {legendRows(counts).map((r) => (
            <span key={r.level ?? 'none'} data-testid={`risk-count-${r.level ?? 'none'}`}>
              <LevelDot level={r.level} />
              {t(r.level ? `levelShort.${r.level}` : 'levelShort.none')} {r.count}
            </span>
          ))}
        </Space>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('register.overallRule')}：{enterprise.rule}
      </Typography.Text>
    </Card>
  );
}

type Selection = { kind: 'object' | 'unit'; id: string } | null;

function treeData(objects: TreeObject[], t: TFunction): DataNode[] {
  return objects.map((o) => ({
    key: `object:${o.id}`,
    title: (
      <span data-testid={`risk-tree-object-${o.code}`}>
        <LevelDot level={o.level} />
        {o.code} {o.name}
        {o.isMajorSource ? (
          <Tag color="red" style={{ marginInlineStart: 6 }}>
            {t('register.majorSource')}
          </Tag>
        ) : null}
      </span>
    ),
    children: o.units.map((u) => ({
      key: `unit:${u.id}`,
      isLeaf: true,
      title: (
        <span data-testid={`risk-tree-unit-${u.code}`}>
          <LevelDot level={u.currentLevel} />
          {u.code} {u.name}{' '}
          <OutOfControlTag reason={u.outOfControlReason} testId={`risk-tree-unit-${u.code}-out-of-control`} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`status.${u.status}`)}
            {u.needsReassessment ? ` · ${t('register.needsReassessment')}` : ''}
          </Typography.Text>
        </span>
      ),
    })),
  }));
}

/** The register as users know it: the object/unit tree on the left, the selected item on the right. */
export function RegisterView({ enterpriseId, readOnly }: { enterpriseId: string; readOnly?: boolean }) {
  const { t } = useTranslation('risk');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<string | undefined>(undefined);
  const filters = useMemo(() => ({ q: q || undefined, level }), [q, level]);
  const { data, error, isLoading, refetch } = useRegisterTree(enterpriseId, filters);
  const [creating, setCreating] = useState<'object' | 'unit' | null>(null);
  const [importing, setImporting] = useState(false);
  const unitParam = params.get('unit');
  const objectParam = params.get('object');
  const selection: Selection = unitParam
    ? { kind: 'unit', id: unitParam }
    : objectParam
      ? { kind: 'object', id: objectParam }
      : null;
  const objects = data?.data.objects ?? [];
  const abilities: RegisterAbilities = data?.abilities ?? {
    canEdit: false,
    canPublish: false,
    canConfigure: false,
    canImport: false,
    canRecordChange: false,
  };
  const canEdit = !readOnly && abilities.canEdit;

  const select = (next: Selection) => {
    const p = new URLSearchParams(params);
    p.delete('unit');
    p.delete('object');
    if (next) p.set(next.kind, next.id);
    setParams(p, { replace: true });
  };
  const selectedObjectId =
    selection?.kind === 'object'
      ? selection.id
      : (objects.find((o) => o.units.some((u) => u.id === selection?.id))?.id ?? null);

  if (error && !data) return <ErrorResult error={error} onRetry={() => void refetch()} />;

  return (
    <>
      {error ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={errorMessage(t, error)} />
      ) : null}
      <RegisterSummary enterpriseId={enterpriseId} />
      <Row gutter={16}>
        <Col xs={24} lg={8} xl={7}>
          <Card
            size="small"
            title={t('register.objectTitle')}
            extra={
              canEdit ? (
                <Space size={4}>
                  <Button
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => setCreating('object')}
                    data-testid="risk-add-object"
                  >
                    {t('register.addObject')}
                  </Button>
                  <Button
                    size="small"
                    icon={<ImportOutlined />}
                    onClick={() => setImporting(true)}
                    data-testid="risk-template-import"
                  >
                    {t('templates.button')}
                  </Button>
                </Space>
              ) : null
            }
          >
            <Space direction="vertical" style={{ width: '100%' }} size={8}>
              <Input.Search
                allowClear
                placeholder={t('register.searchPlaceholder')}
                onSearch={(v) => setQ(v.trim())}
                data-testid="risk-tree-search"
              />
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t('register.levelFilter')}
                value={level}
                onChange={(v: string | undefined) => setLevel(v)}
                data-testid="risk-tree-level"
                options={levelsDescending.map((l) => ({ value: l, label: <LevelTag level={l} /> }))}
              />
              {isLoading ? <Spin /> : null}
              {!isLoading && objects.length === 0 ? <Empty description={t('register.emptyTree')} /> : null}
              <Tree
                blockNode
                showLine
                defaultExpandAll
                // Rebuilt (and so expanded again) whenever an object or a unit is added or removed,
                // so that a unit just created under a folded object is visible at once.
                key={objects.map((o) => `${o.id}:${o.units.length}`).join(',')}
                selectedKeys={selection ? [`${selection.kind}:${selection.id}`] : []}
                onSelect={(keys) => {
                  const key = String(keys[0] ?? '');
                  const [kind, id] = key.split(':');
                  select(kind && id ? { kind: kind === 'unit' ? 'unit' : 'object', id } : null);
                }}
                treeData={treeData(objects, t)}
                data-testid="risk-tree"
              />
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          {selection?.kind === 'unit' ? (
            <UnitDetail
              enterpriseId={enterpriseId}
              unitId={selection.id}
              objects={objects}
              readOnly={readOnly}
            />
          ) : selection?.kind === 'object' ? (
            <ObjectDetail
              enterpriseId={enterpriseId}
              objectId={selection.id}
              treeObject={objects.find((o) => o.id === selection.id) ?? null}
              canEdit={canEdit}
              onAddUnit={() => setCreating('unit')}
              onSelectUnit={(id) => select({ kind: 'unit', id })}
              onDeleted={() => select(null)}
            />
          ) : (
            <Card>
              <Empty description={t('register.selectHint')} />
            </Card>
          )}
        </Col>
      </Row>
      {importing && canEdit ? (
        <TemplateImportModal enterpriseId={enterpriseId} onClose={() => setImporting(false)} />
      ) : null}
      {creating === 'object' ? (
        <ObjectFormModal
          enterpriseId={enterpriseId}
          object={null}
          onClose={(id) => {
            setCreating(null);
            if (id) select({ kind: 'object', id });
          }}
        />
      ) : null}
      {creating === 'unit' ? (
        <UnitFormModal
          enterpriseId={enterpriseId}
          objects={objects}
          objectId={selectedObjectId}
          unit={null}
          onClose={(id) => {
            setCreating(null);
            if (id) select({ kind: 'unit', id });
          }}
        />
      ) : null}
    </>
  );
}

/** To the readiness view, with how many records are not ready to be reported. */
function ReadinessLink({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('risk');
  const { data } = useRiskReadiness(enterpriseId);
  const open = data?.data.counts.withProblems ?? 0;
  return (
    <Link to="/risk/readiness" data-testid="risk-to-readiness">
      <Badge count={open} overflowCount={999} title={t('reporting.registerBadge', { count: open })}>
        <Button icon={<AuditOutlined />}>{t('reporting.registerButton')}</Button>
      </Badge>
    </Link>
  );
}

/** 风险管控清单 (tree view) for the enterprise's own users. */
export function RegisterPage() {
  const { t } = useTranslation('risk');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  if (!enterpriseId) return <Alert type="warning" title={t('regulator.readOnly')} />;
  return (
    <PageContainer
      title={t('register.title')}
      subTitle={t('register.subtitle')}
      extra={
        <>
          <ReadinessLink enterpriseId={enterpriseId} />
          <Link to="/risk/register-list" data-testid="risk-to-table">
            <Button>{t('register.tableView')}</Button>
          </Link>
        </>
      }
    >
      <RegisterView enterpriseId={enterpriseId} />
    </PageContainer>
  );
}
