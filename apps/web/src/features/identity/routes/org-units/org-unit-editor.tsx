import { App, Button, Form, Input, InputNumber, Popconfirm, Select, Space, TreeSelect } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import {
  orgUnitKinds,
  useDeleteOrgUnit,
  useUpdateOrgUnit,
  type OrgUnit,
  type OrgUnitKind,
} from '../../api/org-unit-api.ts';
import { orgTreeOptions } from '../../components/org-unit-tree-data.ts';

type Values = { name: string; kind: OrgUnitKind; parentId: string | null; sort: number };
type Props = {
  enterpriseId: string;
  unit: OrgUnit;
  units: OrgUnit[];
  canManage: boolean;
  onAddChild: () => void;
  onDeleted: () => void;
};

/** Right-hand panel: rename, retype, move or delete the selected unit. */
export function OrgUnitEditor({ enterpriseId, unit, units, canManage, onAddChild, onDeleted }: Props) {
  const { t } = useTranslation('orgUnit');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateOrgUnit(enterpriseId);
  const remove = useDeleteOrgUnit(enterpriseId);

  useEffect(() => {
    form.setFieldsValue({ name: unit.name, kind: unit.kind, parentId: unit.parentId, sort: unit.sort });
  }, [form, unit]);

  const onFinish = (values: Values) =>
    update.mutate(
      {
        id: unit.id,
        name: values.name.trim(),
        kind: values.kind,
        parentId: values.parentId ?? null,
        sort: values.sort,
      },
      {
        onSuccess: () => void message.success(t('common:saved')),
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, t);
          if (rest) void message.error(rest);
        },
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={!canManage}>
      <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
        <Input data-testid="org-unit-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
        <Select
          options={orgUnitKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          data-testid="org-unit-kind"
        />
      </Form.Item>
      <Form.Item name="parentId" label={t('fields.parent')}>
        <TreeSelect
          allowClear
          placeholder={t('topLevel')}
          treeData={orgTreeOptions(units, unit.id)}
          treeDefaultExpandAll
          data-testid="org-unit-parent"
        />
      </Form.Item>
      <Form.Item name="sort" label={t('fields.sort')}>
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
      {canManage ? (
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="org-unit-save">
            {t('common:actions.save')}
          </Button>
          <Button onClick={onAddChild} data-testid="org-unit-add-child">
            {t('addChild')}
          </Button>
          <Popconfirm
            title={t('common:confirmDelete', { name: unit.name })}
            onConfirm={() =>
              remove.mutate(unit.id, {
                onSuccess: () => {
                  void message.success(t('common:deleted'));
                  onDeleted();
                },
                onError: (error) => void message.error(errorMessage(t, error)),
              })
            }
          >
            <Button danger loading={remove.isPending} data-testid="org-unit-delete">
              {t('common:actions.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ) : null}
    </Form>
  );
}
