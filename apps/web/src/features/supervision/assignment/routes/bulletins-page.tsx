import { PrinterOutlined } from '@ant-design/icons';
import type { BulletinKind, BulletinSummary } from '@shuangkong/contracts';
import { Alert, Button, Card, Flex, Form, Input, Select, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { hasPermission, useSession } from '../../../../shared/session/session.ts';
import { assignmentApi, useAssignmentMutation, useBulletin, useBulletins } from '../api/assignment-api.ts';
import { BulletinDocument } from '../components/bulletin-document.tsx';
import '../../i18n.ts';

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** The last full week (Monday–Sunday) or the last full month, the usual periods. */
function defaultPeriod(kind: BulletinKind): { periodStart: string; periodEnd: string } {
  const today = new Date(`${day(0)}T00:00:00Z`);
  if (kind === 'monthlyNotice') {
    const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
    const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
    return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
  }
  const dow = (today.getUTCDay() + 6) % 7;
  return { periodStart: day(-dow - 7), periodEnd: day(-dow - 1) };
}

type IssueForm = { kind: BulletinKind; periodStart: string; periodEnd: string };

/** 通报: the regulator's weekly dispatches and monthly notices, and issuing a new one. */
export function BulletinsPage() {
  const { t } = useTranslation('supervision');
  const session = useSession();
  const list = useBulletins(null);
  const [form] = Form.useForm<IssueForm>();
  const m = useFormMutation(
    form,
    useAssignmentMutation((v: IssueForm) => assignmentApi.issueBulletin(v)),
    { success: (r) => t('assignment.toast.bulletinIssued', { docNumber: r.data.docNumber }) },
  );
  return (
    <PageContainer title={t('assignment.bulletin.title')} subTitle={t('assignment.bulletin.subtitle')}>
      {hasPermission(session, 'supervision.act') ? (
        <Card size="small" title={t('assignment.bulletin.issue')} style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            initialValues={{ kind: 'weeklyDispatch', ...defaultPeriod('weeklyDispatch') }}
            onValuesChange={(changed: Partial<IssueForm>) => {
              if (changed.kind) form.setFieldsValue(defaultPeriod(changed.kind));
            }}
            onFinish={m.submit}
          >
            <Form.Item name="kind" label={t('assignment.bulletin.kind')}>
              <Select
                style={{ width: 120 }}
                data-testid="bulletin-kind"
                options={[
                  { value: 'weeklyDispatch', label: t('assignment.bulletin.kinds.weeklyDispatch') },
                  { value: 'monthlyNotice', label: t('assignment.bulletin.kinds.monthlyNotice') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="periodStart"
              label={t('assignment.bulletin.periodStart')}
              rules={[{ required: true }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="periodEnd"
              label={t('assignment.bulletin.periodEnd')}
              rules={[{ required: true }]}
            >
              <Input type="date" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="bulletin-issue">
              {t('assignment.bulletin.issueSubmit')}
            </Button>
          </Form>
        </Card>
      ) : null}
      {list.error ? <Alert type="error" title={errorMessage(t, list.error)} /> : null}
      <Table<BulletinSummary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('assignment.bulletin.empty') }}
        data-testid="bulletin-list"
        columns={[
          {
            title: t('assignment.fields.docNumber'),
            dataIndex: 'docNumber',
            width: 180,
            render: (n: string, b) => <Link to={`/supervision/bulletins/${b.id}`}>{n}</Link>,
          },
          {
            title: t('assignment.bulletin.kind'),
            dataIndex: 'kind',
            width: 90,
            render: (k: string) => t(`assignment.bulletin.kinds.${k}`),
          },
          { title: t('assignment.bulletin.docTitle'), dataIndex: 'title' },
          {
            title: t('assignment.bulletin.period'),
            key: 'period',
            width: 200,
            render: (_: unknown, b) => `${b.periodStart} ~ ${b.periodEnd}`,
          },
          { title: t('assignment.bulletin.enterprises'), dataIndex: 'enterprises', width: 90 },
          {
            title: t('assignment.fields.issuedAt'),
            dataIndex: 'issuedAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
          { title: t('assignment.bulletin.issuedBy'), dataIndex: 'issuedByName', width: 100 },
        ]}
      />
    </PageContainer>
  );
}

/** One bulletin as issued (an enterprise sees its own section), printable. */
export function BulletinDetailPage() {
  const { t } = useTranslation('supervision');
  const { id = '' } = useParams();
  const session = useSession();
  const enterpriseId = session.workspace === 'enterprise' ? session.user.enterpriseId : null;
  const detail = useBulletin(id, enterpriseId);
  const b = detail.data?.data;
  if (detail.error)
    return <Alert type="error" title={errorMessage(t, detail.error)} style={{ margin: 20 }} />;
  if (!b) return <Spin style={{ margin: 40 }} />;
  return (
    <PageContainer
      title={b.title}
      subTitle={b.docNumber}
      extra={
        <>
          <Link to={enterpriseId ? '/supervision/letters' : '/supervision/bulletins'}>
            <Button>{t('assignment.back')}</Button>
          </Link>
          <Link to={`/print/supervision/bulletins/${b.id}`} target="_blank">
            <Button icon={<PrinterOutlined />}>{t('assignment.print')}</Button>
          </Link>
        </>
      }
    >
      <Flex justify="center" style={{ background: '#f0f2f5', padding: 16, overflowX: 'auto' }}>
        <BulletinDocument bulletin={b} />
      </Flex>
    </PageContainer>
  );
}
