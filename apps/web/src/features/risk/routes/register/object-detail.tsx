import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { DeleteWithReason } from '../../components/delete-with-reason.tsx';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useDeleteObject, useRiskObject, type TreeObject, type TreeUnit } from '../../api/register-api.ts';
import { ObjectFormModal } from '../../components/entity-forms.tsx';
import { LevelTag, StatusTag } from '../../components/tags.tsx';
import { useEditParam } from './use-edit-param.ts';

type Props = {
  enterpriseId: string;
  objectId: string;
  treeObject: TreeObject | null;
  canEdit: boolean;
  onAddUnit: () => void;
  onSelectUnit: (id: string) => void;
  onDeleted: () => void;
};

/** A risk object: its facts, its units and, for a major source, a link to its inventory. */
export function ObjectDetail({
  enterpriseId,
  objectId,
  treeObject,
  canEdit,
  onAddUnit,
  onSelectUnit,
  onDeleted,
}: Props) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const { data, isLoading } = useRiskObject(enterpriseId, objectId);
  const remove = useDeleteObject(enterpriseId);
  const [editing, setEditing] = useState(false);
  const object = data?.data;
  const { edit, done } = useEditParam();
  useEffect(() => {
    // Waits for the tree too: it brings the abilities that say whether the form may open.
    if (edit !== 'object' || !object || !treeObject) return;
    if (canEdit) setEditing(true);
    done();
  }, [edit, object, treeObject, canEdit, done]);
  if (isLoading || !object)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <Card
      data-testid="risk-object-detail"
      title={
        <Space>
          {object.code} {object.name}
          <LevelTag level={object.level} />
          {object.isMajorSource ? <Tag color="red">{t('register.majorSource')}</Tag> : null}
        </Space>
      }
      extra={
        canEdit ? (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={onAddUnit} data-testid="risk-add-unit">
              {t('register.addUnit')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="risk-object-edit">
              {t('common.edit')}
            </Button>
            <DeleteWithReason
              name={object.name}
              hint={t('object.deleteHint')}
              onConfirm={(reason) =>
                remove.mutate(
                  { id: object.id, reason },
                  {
                    onSuccess: () => {
                      void message.success(t('common.deleted'));
                      onDeleted();
                    },
                    onError: (e) => void message.error(errorMessage(t, e)),
                  },
                )
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="risk-object-delete">
                {t('common.delete')}
              </Button>
            </DeleteWithReason>
          </Space>
        ) : null
      }
    >
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('object.kind')}>{t(`objectKinds.${object.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('object.isMajorSource')}>
          {object.isMajorSource ? (
            <Space>
              {object.majorSourceCode ?? ''}
              {object.majorSourceGrade ? t(`object.grades.${object.majorSourceGrade}`) : ''}
              <Link to={`/risk/major-sources?object=${object.id}`}>{t('majorSources.editInventory')}</Link>
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('object.description')} span={2}>
          {object.description || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('register.objectUnits')}</Typography.Title>
      <Table<TreeUnit>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={treeObject?.units ?? []}
        data-testid="risk-object-units"
        onRow={(u) => ({ onClick: () => onSelectUnit(u.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('unit.code'), dataIndex: 'code', width: 120 },
          { title: t('common.name'), dataIndex: 'name' },
          {
            title: t('unit.currentLevel'),
            dataIndex: 'currentLevel',
            width: 110,
            render: (l: TreeUnit['currentLevel']) => <LevelTag level={l} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: TreeUnit['status']) => <StatusTag status={s} />,
          },
          { title: t('unit.tabs.events'), dataIndex: 'eventCount', width: 90 },
        ]}
      />
      {editing ? (
        <ObjectFormModal enterpriseId={enterpriseId} object={object} onClose={() => setEditing(false)} />
      ) : null}
    </Card>
  );
}
