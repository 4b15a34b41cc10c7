import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Input, Row, Skeleton, Tag, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { mapTree } from '../../../../shared/utils/tree.ts';
import { useOrgUnits, type OrgUnit } from '../../api/org-unit-api.ts';
import { orgForest } from '../../components/org-unit-tree-data.ts';
import { OrgUnitCreateModal } from './org-unit-create-modal.tsx';
import { OrgUnitEditor } from './org-unit-editor.tsx';

type TreeItem = { key: string; title: React.ReactNode; children?: TreeItem[] };
const kindColor = { department: 'blue', workshop: 'cyan', team: 'green', post: 'default' } as const;

/** 组织机构: tree on the left, the selected unit's form on the right. */
export function OrgUnitsPage() {
  const { t } = useTranslation('orgUnit');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? session.user.enterpriseId ?? '';
  const { data, isLoading, error, refetch } = useOrgUnits(enterpriseId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creatingUnder, setCreatingUnder] = useState<OrgUnit | null | undefined>(undefined);
  const [search, setSearch] = useState('');
  const units = useMemo(() => data?.data ?? [], [data]);
  const canManage = data?.abilities.canManage ?? false;

  const treeData = useMemo(
    () =>
      mapTree<OrgUnit, TreeItem>(orgForest(units), (unit, children) => ({
        key: unit.id,
        title: (
          <span
            data-testid={`org-unit-${unit.id}`}
            style={search && unit.name.includes(search) ? { color: '#d4380d', fontWeight: 600 } : undefined}
          >
            {unit.name} <Tag color={kindColor[unit.kind]}>{t(`kinds.${unit.kind}`)}</Tag>
          </span>
        ),
        ...(children.length ? { children } : {}),
      })),
    [units, t, search],
  );

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const selected = units.find((u) => u.id === selectedId) ?? null;

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreatingUnder(null)}
            data-testid="org-unit-add-root"
          >
            {t('addRoot')}
          </Button>
        ) : null
      }
    >
      {!isLoading && !canManage ? (
        <Alert type="info" showIcon title={t('readOnly')} style={{ marginBottom: 12 }} />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card>
            <Input.Search
              allowClear
              placeholder={t('search')}
              onChange={(e) => setSearch(e.target.value.trim())}
              style={{ marginBottom: 12 }}
            />
            {isLoading ? (
              <Skeleton active />
            ) : units.length === 0 ? (
              <Empty description={t('empty')} />
            ) : (
              <Tree<TreeItem>
                treeData={treeData}
                defaultExpandAll
                blockNode
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => setSelectedId(keys.length ? String(keys[0]) : null)}
                data-testid="org-unit-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card>
            {selected ? (
              <OrgUnitEditor
                key={selected.id}
                enterpriseId={enterpriseId}
                unit={selected}
                units={units}
                canManage={canManage}
                onAddChild={() => setCreatingUnder(selected)}
                onDeleted={() => setSelectedId(null)}
              />
            ) : (
              <Empty description={t('selectHint')} />
            )}
          </Card>
        </Col>
      </Row>
      {creatingUnder !== undefined ? (
        <OrgUnitCreateModal
          enterpriseId={enterpriseId}
          parent={creatingUnder}
          onClose={(createdId) => {
            setCreatingUnder(undefined);
            if (createdId) setSelectedId(createdId);
          }}
        />
      ) : null}
    </PageContainer>
  );
}
