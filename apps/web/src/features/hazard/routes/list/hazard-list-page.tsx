import { dangerSrcNames, hazardGrade, hazardState, type HazardListItem } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useHazardList } from '../../api/hazard-api.ts';
import type { HazardFilters } from '../../api/hazard-paths.ts';
import { codesOf } from '../../components/hazard-model.ts';
import { deadlineColumn, stateColumn } from '../../components/hazard-columns.tsx';
import { HazardGradeTag } from '../../components/hazard-tags.tsx';
import { UnitSelect } from '../../components/unit-select.tsx';
import '../../i18n.ts';
import {
  filtersFromForm,
  filtersFromSearch,
  formFromFilters,
  quickFilterOf,
  quickFilters,
  searchFromFilters,
  type FilterValues,
  type QuickFilter,
} from './list-filters.ts';
import { ArchiveButton, ExportMenu } from './downloads.tsx';
import { ReportDialog } from './report-dialog.tsx';

/** 隐患台账: every hazard of the enterprise, filtered, newest first, a page at a time. */
export function HazardListPage() {
  const { t } = useTranslation('hazard');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  // The filters live in the address: to-do links, bookmarks and the back button all land on them.
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const setFilters = (next: HazardFilters) => setSearch(searchFromFilters(next));
  const [reporting, setReporting] = useState(false);
  const list = useHazardList(enterpriseId, filters);
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];
  const abilities = list.data?.pages[0]?.abilities;
  return (
    <PageContainer
      title={t('list.title')}
      extra={
        <Flex gap={8} wrap>
          <ExportMenu enterpriseId={enterpriseId} filters={filters} />
          {abilities?.archive ? <ArchiveButton enterpriseId={enterpriseId} /> : null}
          {abilities?.report ? (
            <Button type="primary" onClick={() => setReporting(true)} data-testid="hazard-report">
              {t('list.report')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <QuickFilters filters={filters} onApply={setFilters} />
      <FilterForm enterpriseId={enterpriseId} filters={filters} onApply={setFilters} />
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<HazardListItem>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('list.empty') }}
        data-testid="hazard-list"
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('fields.name'),
            dataIndex: 'name',
            render: (name: string, h) => (
              <>
                <Link to={`/hazards/${h.id}`} data-testid="hazard-link">
                  {name}
                </Link>
                {h.recurring ? (
                  <Tag color="magenta" style={{ marginInlineStart: 6 }}>
                    {t('list.recurringFlag')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          { title: t('fields.unit'), dataIndex: 'unitName', width: 140, render: dash },
          {
            title: t('fields.grade'),
            dataIndex: 'grade',
            width: 100,
            render: (_: unknown, h) => <HazardGradeTag grade={h.grade} />,
          },
          stateColumn<HazardListItem>(t),
          {
            title: t('fields.dangerSrc'),
            dataIndex: 'dangerSrc',
            width: 150,
            render: (code: number) => t(`codes.dangerSrc.${code}`),
          },
          { title: t('fields.owner'), dataIndex: 'ownerName', width: 100, render: dash },
          deadlineColumn<HazardListItem>(t, 110),
          {
            title: t('fields.registeredAt'),
            dataIndex: 'registeredAt',
            width: 150,
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
      <Flex justify="center" align="center" gap={12} style={{ marginTop: 12 }}>
        {rows.length > 0 ? (
          <Typography.Text type="secondary">{t('list.loaded', { n: rows.length })}</Typography.Text>
        ) : null}
        {list.hasNextPage ? (
          <Button
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            data-testid="hazard-load-more"
          >
            {t('list.loadMore')}
          </Button>
        ) : rows.length > 0 ? (
          <Typography.Text type="secondary">{t('list.noMore')}</Typography.Text>
        ) : null}
      </Flex>
      {reporting ? <ReportDialog enterpriseId={enterpriseId} onClose={() => setReporting(false)} /> : null}
    </PageContainer>
  );
}

const dash = (value: string | null) => value ?? '—';

/** 快捷筛选: mine, overdue, major, awaiting my acceptance — one click each, a second click clears. */
function QuickFilters({ filters, onApply }: { filters: HazardFilters; onApply: (f: HazardFilters) => void }) {
  const { t } = useTranslation('hazard');
  const chosen = quickFilterOf(filters);
  return (
    <Flex gap={4} wrap align="center" style={{ marginBottom: 12 }} data-testid="hazard-quick-filters">
      <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
        {t('list.quickFilters')}
      </Typography.Text>
      {(Object.keys(quickFilters) as QuickFilter[]).map((name) => (
        <Tag.CheckableTag
          key={name}
          checked={chosen === name}
          onChange={(on) => onApply(on ? quickFilters[name] : {})}
          data-testid={`hazard-quick-filter-${name}`}
        >
          {t(`list.quick.${name}`)}
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}

function FilterForm({
  enterpriseId,
  filters,
  onApply,
}: {
  enterpriseId: string;
  filters: HazardFilters;
  onApply: (f: HazardFilters) => void;
}) {
  const { t } = useTranslation('hazard');
  const [form] = Form.useForm<FilterValues>();
  // The form shows the filters in force, also when a link or a quick filter changed them.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(formFromFilters(filters));
  }, [form, filters]);
  return (
    <Form<FilterValues>
      form={form}
      layout="vertical"
      onFinish={(values) => onApply(filtersFromForm(values))}
      data-testid="hazard-filters"
    >
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="state" label={t('list.states')}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('common:all')}
              options={hazardState.options.map((s) => ({ value: s, label: t(`states.${s}`) }))}
              data-testid="hazard-filter-state"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="grade" label={t('list.grade')}>
            <Select
              allowClear
              placeholder={t('common:all')}
              options={hazardGrade.options.map((g) => ({ value: g, label: t(`grades.${g}`) }))}
              data-testid="hazard-filter-grade"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="dangerSrc" label={t('fields.dangerSrc')}>
            <Select
              allowClear
              placeholder={t('common:all')}
              popupMatchSelectWidth={false}
              options={codesOf(dangerSrcNames).map((c) => ({ value: c, label: t(`codes.dangerSrc.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="unitId" label={t('list.unit')}>
            <UnitSelect
              enterpriseId={enterpriseId}
              placeholder={t('common:all')}
              testId="hazard-filter-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="dates" label={t('list.dates')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="q" label={t('list.keyword')}>
            <Input allowClear placeholder={t('list.keywordPlaceholder')} data-testid="hazard-filter-q" />
          </Form.Item>
        </Col>
        <Col xs={24} xl={8}>
          <Form.Item label=" ">
            <Flex gap={12} wrap align="center">
              <Form.Item name="overdue" valuePropName="checked" noStyle>
                <Checkbox data-testid="hazard-filter-overdue">{t('list.overdueOnly')}</Checkbox>
              </Form.Item>
              <Form.Item name="mine" valuePropName="checked" noStyle>
                <Checkbox data-testid="hazard-filter-mine" title={t('list.mineHint')}>
                  {t('list.mine')}
                </Checkbox>
              </Form.Item>
              <Form.Item name="awaitingMyAcceptance" valuePropName="checked" noStyle>
                <Checkbox data-testid="hazard-filter-awaiting">{t('list.awaitingMyAcceptance')}</Checkbox>
              </Form.Item>
            </Flex>
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Button type="primary" htmlType="submit" data-testid="hazard-filter-search">
          {t('common:actions.search')}
        </Button>
        <Button onClick={() => onApply({})}>{t('common:actions.reset')}</Button>
      </Flex>
    </Form>
  );
}
