import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal, Skeleton, Space, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { buildTree, mapTree } from '../../../../shared/utils/tree.ts';
import {
  useCreateJurisdiction,
  useJurisdictions,
  useRenameJurisdiction,
  type Jurisdiction,
  type JurisdictionLevel,
} from '../../api/reference-api.ts';

const nextLevel: Record<JurisdictionLevel, JurisdictionLevel> = {
  province: 'city',
  city: 'county',
  county: 'township',
  township: 'grid',
  grid: 'grid',
};
type Dialog =
  { kind: 'add'; parent: Jurisdiction | null } | { kind: 'rename'; jurisdiction: Jurisdiction } | null;
type TreeItem = { key: string; title: React.ReactNode; children?: TreeItem[] };

function JurisdictionDialog({ dialog, onClose }: { dialog: NonNullable<Dialog>; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; name: string }>();
  const create = useCreateJurisdiction();
  const rename = useRenameJurisdiction();
  const onError = (error: unknown) => {
    const rest = applyApiErrorToForm(form, error, t);
    if (rest) void message.error(rest);
  };
  const onSuccess = () => {
    void message.success(t('common:saved'));
    onClose();
  };
  const onFinish = ({ code, name }: { code: string; name: string }) => {
    if (dialog.kind === 'rename') {
      rename.mutate({ code: dialog.jurisdiction.code, name: name.trim() }, { onSuccess, onError });
    } else {
      const parent = dialog.parent;
      create.mutate(
        {
          code: code.trim(),
          parentCode: parent?.code ?? null,
          name: name.trim(),
          level: parent ? nextLevel[parent.level] : 'province',
        },
        { onSuccess, onError },
      );
    }
  };
  const isAdd = dialog.kind === 'add';
  return (
    <Modal
      open
      title={isAdd ? t('jurisdictions.addTitle') : t('jurisdictions.renameTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || rename.isPending}
      destroyOnHidden
    >
      {isAdd && dialog.parent ? (
        <Typography.Paragraph type="secondary">
          {t('jurisdictions.fields.parent')}：{dialog.parent.name}（
          {t(`jurisdictions.levels.${nextLevel[dialog.parent.level]}`)}）
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          dialog.kind === 'rename' ? { name: dialog.jurisdiction.name } : { code: dialog.parent?.code ?? '' }
        }
      >
        {isAdd ? (
          <Form.Item
            name="code"
            label={t('jurisdictions.fields.code')}
            extra={t('jurisdictions.codeHint')}
            rules={[{ required: true, pattern: /^\d{6,12}$/, message: t('jurisdictions.codeFormat') }]}
          >
            <Input maxLength={12} inputMode="numeric" data-testid="jurisdiction-code" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('jurisdictions.fields.name')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input data-testid="jurisdiction-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 行政区划 tree: add sub-divisions and rename; codes never change once issued. */
export function JurisdictionsPage() {
  const { t } = useTranslation('admin');
  const { data, isLoading, error, refetch } = useJurisdictions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState('');
  const treeData = useMemo(() => {
    const forest = buildTree(
      data ?? [],
      (j) => j.code,
      (j) => j.parentCode,
      (a, b) => a.code.localeCompare(b.code),
    );
    return mapTree<Jurisdiction, TreeItem>(forest, (j, children) => ({
      key: j.code,
      title: (
        <Space size={8} data-testid={`jurisdiction-${j.code}`}>
          <span style={search && j.name.includes(search) ? { color: '#d4380d', fontWeight: 600 } : undefined}>
            {j.name}
          </span>
          <Typography.Text type="secondary">{j.code}</Typography.Text>
          <Tag>{t(`jurisdictions.levels.${j.level}`)}</Tag>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setDialog({ kind: 'rename', jurisdiction: j })}
          >
            {t('jurisdictions.rename')}
          </Button>
          {j.level !== 'grid' ? (
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'add', parent: j })}
            >
              {t('jurisdictions.addChild')}
            </Button>
          ) : null}
        </Space>
      ),
      ...(children.length ? { children } : {}),
    }));
  }, [data, t, search]);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <PageContainer
      title={t('jurisdictions.title')}
      subTitle={t('jurisdictions.subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'add', parent: null })}
          data-testid="jurisdiction-add-root"
        >
          {t('jurisdictions.addRoot')}
        </Button>
      }
    >
      <Card>
        <Input.Search
          allowClear
          placeholder={t('jurisdictions.search')}
          onChange={(e) => setSearch(e.target.value.trim())}
          style={{ maxWidth: 320, marginBottom: 12 }}
        />
        {isLoading ? (
          <Skeleton active />
        ) : treeData.length === 0 ? (
          <Empty description={t('jurisdictions.empty')} />
        ) : (
          <Tree<TreeItem>
            treeData={treeData}
            defaultExpandedKeys={treeData.map((n) => n.key)}
            selectable={false}
            blockNode
          />
        )}
      </Card>
      {dialog ? <JurisdictionDialog dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </PageContainer>
  );
}
