import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  gb18218Table2,
  LIMITS,
  type ChemicalEntry,
  type MajorSourceListItem,
  type MajorSourceResult,
} from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import {
  useChemicalSearch,
  useEvaluateMajorSource,
  useMajorSources,
  useObjectMajorSource,
  useSaveObjectMajorSource,
} from '../../api/card-api.ts';
import { useRegisterTree } from '../../api/register-api.ts';
import { MajorSourceFactsCard } from '../../components/major-source-facts.tsx';

type Line = {
  key: string;
  code: string | null;
  name: string;
  quantityTonnes: number | null;
  hazardClasses: string[];
  needsHazardClass: boolean;
};

function SubstanceSelect({
  value,
  label,
  onPick,
}: {
  value: string | null;
  label: string;
  onPick: (c: ChemicalEntry) => void;
}) {
  const { t } = useTranslation('risk');
  const [q, setQ] = useState('');
  const { data, isFetching } = useChemicalSearch(q);
  const found = data?.data ?? [];
  return (
    <Select
      showSearch
      filterOption={false}
      style={{ width: 280 }}
      placeholder={t('majorSources.searchSubstance')}
      value={value ?? undefined}
      onSearch={setQ}
      loading={isFetching}
      data-testid="risk-ms-substance"
      labelRender={() => label || value}
      onChange={(code: string) => {
        const c = found.find((x) => x.code === code);
        if (c) onPick(c);
      }}
      options={found.map((c) => ({
        value: c.code,
        label: `${c.name}${c.cas.length ? `（${c.cas[0]}）` : ''} · Q=${c.criticalQuantityT}t`,
      }))}
    />
  );
}

function InventoryTable({ lines, onChange }: { lines: Line[]; onChange: (lines: Line[]) => void }) {
  const { t } = useTranslation('risk');
  const patch = (key: string, p: Partial<Line>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...p } : l)));
  return (
    <>
      <Table<Line>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        data-testid="risk-ms-inventory"
        columns={[
          {
            title: t('majorSources.substance'),
            key: 's',
            render: (_: unknown, l) => (
              <SubstanceSelect
                value={l.code}
                label={l.name}
                onPick={(c) =>
                  patch(l.key, {
                    code: c.code,
                    name: c.name,
                    needsHazardClass: c.needsHazardClass,
                    // The usual class of a common substance is offered; the user may change it.
                    hazardClasses: [...c.defaultHazardClasses],
                  })
                }
              />
            ),
          },
          {
            title: t('majorSources.quantity'),
            key: 'q',
            width: 160,
            render: (_: unknown, l) => (
              <InputNumber
                min={0}
                max={LIMITS.tonnes}
                value={l.quantityTonnes}
                onChange={(v) => patch(l.key, { quantityTonnes: v === null ? null : Number(v) })}
                data-testid="risk-ms-quantity"
              />
            ),
          },
          {
            title: t('majorSources.hazardClasses'),
            key: 'h',
            render: (_: unknown, l) =>
              l.needsHazardClass || l.hazardClasses.length > 0 ? (
                <Select
                  mode="multiple"
                  style={{ minWidth: 200 }}
                  value={l.hazardClasses}
                  onChange={(v: string[]) => patch(l.key, { hazardClasses: v })}
                  options={gb18218Table2.map((c) => ({ value: c.code, label: `${c.code} ${c.classZh}` }))}
                />
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'x',
            width: 48,
            render: (_: unknown, l) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange(lines.filter((x) => x.key !== l.key))}
              />
            ),
          },
        ]}
      />
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        data-testid="risk-ms-add"
        onClick={() =>
          onChange([
            ...lines,
            {
              key: `l${Date.now()}`,
              code: null,
              name: '',
              quantityTonnes: null,
              hazardClasses: [],
              needsHazardClass: false,
            },
          ])
        }
      >
        {t('majorSources.addSubstance')}
      </Button>
    </>
  );
}

function ResultView({ result }: { result: MajorSourceResult }) {
  const { t } = useTranslation('risk');
  return (
    <Card size="small" style={{ marginTop: 16 }} data-testid="risk-ms-result" data-grade={result.grade ?? ''}>
      <Descriptions size="small" column={{ xs: 1, md: 4 }} bordered>
        <Descriptions.Item label={t('majorSources.s')}>{result.s}</Descriptions.Item>
        <Descriptions.Item label={t('majorSources.alpha')}>{result.alpha}</Descriptions.Item>
        <Descriptions.Item label={t('majorSources.r')}>{result.r ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('majorSources.grade')}>
          {result.isMajorSource ? (
            <Tag color="red">{result.gradeLabel ?? t('majorSources.isMajorUngraded')}</Tag>
          ) : (
            <Tag>{t('majorSources.notMajor')}</Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        style={{ marginTop: 8 }}
        dataSource={result.terms}
        columns={[
          { title: t('majorSources.substance'), dataIndex: 'name' },
          { title: 'q (t)', dataIndex: 'q' },
          { title: t('majorSources.criticalQuantity'), dataIndex: 'Q' },
          { title: t('majorSources.ratio'), dataIndex: 'ratio' },
          {
            title: t('majorSources.beta'),
            key: 'beta',
            render: (_: unknown, term: MajorSourceResult['terms'][number]) =>
              term.beta === null ? (
                <Tag color="orange">{t('majorSources.classNeeded')}</Tag>
              ) : term.betaSource === 'default' ? (
                `${term.beta} (${t('majorSources.defaultClass')})`
              ) : (
                term.beta
              ),
          },
          {
            title: t('majorSources.weighted'),
            key: 'weighted',
            render: (_: unknown, term: MajorSourceResult['terms'][number]) => term.weighted ?? '—',
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('majorSources.explanation')}：{result.explanation}
      </Typography.Paragraph>
    </Card>
  );
}

const toInput = (lines: Line[]) =>
  lines
    .filter((l) => l.code && l.quantityTonnes !== null)
    .map((l) => ({
      code: l.code ?? '',
      quantityTonnes: l.quantityTonnes ?? 0,
      hazardClasses: l.hazardClasses,
    }));

function Calculator() {
  const { t } = useTranslation('risk');
  const [lines, setLines] = useState<Line[]>([]);
  const [population, setPopulation] = useState<number>(0);
  const evaluate = useEvaluateMajorSource();
  const substances = toInput(lines);
  return (
    <Card>
      <InventoryTable lines={lines} onChange={setLines} />
      <Flex gap={12} align="center" style={{ marginTop: 12 }}>
        <span>{t('majorSources.population')}</span>
        <InputNumber
          min={0}
          precision={0}
          value={population}
          onChange={(v) => setPopulation(Number(v ?? 0))}
          data-testid="risk-ms-population"
        />
        <Button
          type="primary"
          disabled={substances.length === 0}
          loading={evaluate.isPending}
          onClick={() => evaluate.mutate({ substances: substances as never, exposedPopulation: population })}
          data-testid="risk-ms-evaluate"
        >
          {t('majorSources.evaluate')}
        </Button>
      </Flex>
      {evaluate.error ? (
        <Alert type="error" style={{ marginTop: 12 }} title={errorMessage(t, evaluate.error)} />
      ) : null}
      {evaluate.data ? <ResultView result={evaluate.data.data} /> : null}
    </Card>
  );
}

function ObjectInventory({ enterpriseId, objectId }: { enterpriseId: string; objectId: string }) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const { data } = useObjectMajorSource(enterpriseId, objectId);
  const save = useSaveObjectMajorSource(enterpriseId);
  const [lines, setLines] = useState<Line[]>([]);
  const [population, setPopulation] = useState(0);
  useEffect(() => {
    const ms = data?.data;
    if (!ms) return;
    setLines(
      ms.inventory.map((i, n) => ({
        key: `s${n}`,
        code: i.substanceCode,
        name: i.substanceName,
        quantityTonnes: i.quantityTonnes,
        hazardClasses: i.hazardClasses,
        needsHazardClass: i.hazardClasses.length > 0,
      })),
    );
    setPopulation(ms.exposedPopulation ?? 0);
  }, [data]);
  const canEdit = data?.abilities.canEdit ?? false;
  return (
    <Card size="small" title={data ? `${data.data.objectCode} ${data.data.objectName}` : ''}>
      {data?.data.isMajorSource ? (
        <MajorSourceFactsCard
          enterpriseId={enterpriseId}
          objectId={objectId}
          facts={data.data.facts}
          canEdit={canEdit}
        />
      ) : null}
      <InventoryTable lines={lines} onChange={setLines} />
      <Flex gap={12} align="center" style={{ marginTop: 12 }}>
        <span>{t('majorSources.population')}</span>
        <InputNumber
          min={0}
          precision={0}
          value={population}
          onChange={(v) => setPopulation(Number(v ?? 0))}
        />
        {canEdit ? (
          <Button
            type="primary"
            loading={save.isPending}
            disabled={toInput(lines).length === 0}
            data-testid="risk-ms-save"
            onClick={() =>
              save.mutate(
                {
                  objectId,
                  input: {
                    exposedPopulation: population,
                    inventory: toInput(lines).map((s) => ({
                      substanceCode: s.code,
                      quantityTonnes: s.quantityTonnes,
                      hazardClasses: s.hazardClasses,
                    })) as never,
                  },
                },
                {
                  onSuccess: () => void message.success(t('common.saved')),
                  onError: (e) => void message.error(errorMessage(t, e)),
                },
              )
            }
          >
            {t('majorSources.saveInventory')}
          </Button>
        ) : null}
      </Flex>
      {data?.data.latest ? <ResultView result={data.data.latest.result} /> : null}
      {data && data.data.history.length > 0 ? (
        <Table
          size="small"
          rowKey="id"
          style={{ marginTop: 12 }}
          pagination={false}
          dataSource={data.data.history}
          columns={[
            {
              title: t('majorSources.evaluatedAt'),
              dataIndex: 'evaluatedAt',
              render: (v: string) => formatDateTime(v),
            },
            { title: 'S', dataIndex: 's' },
            { title: 'R', dataIndex: 'r' },
            {
              title: t('majorSources.grade'),
              dataIndex: 'grade',
              render: (g: number | null) => (g ? t(`majorSources.grades.${g}`) : '—'),
            },
            { title: t('revisions.publishedBy'), dataIndex: 'evaluatedByName' },
          ]}
        />
      ) : null}
    </Card>
  );
}

/** 重大危险源: the enterprise's list, the GB 18218 calculator and per-object inventories. */
export function MajorSourcesPage() {
  const { t } = useTranslation('risk');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [params, setParams] = useSearchParams();
  const list = useMajorSources(enterpriseId);
  const tree = useRegisterTree(enterpriseId, {});
  const objectId = params.get('object');
  const [tab, setTab] = useState(objectId ? 'inventory' : 'list');
  const setObject = (id: string | undefined) => {
    const p = new URLSearchParams(params);
    if (id) p.set('object', id);
    else p.delete('object');
    setParams(p, { replace: true });
  };
  return (
    <PageContainer title={t('majorSources.title')} subTitle={t('majorSources.subtitle')}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: t('majorSources.list'),
            children: (
              <Table<MajorSourceListItem>
                rowKey="objectId"
                loading={list.isLoading}
                dataSource={list.data?.data ?? []}
                data-testid="risk-ms-list"
                locale={{ emptyText: t('majorSources.noneYet') }}
                columns={[
                  {
                    title: t('majorSources.object'),
                    key: 'o',
                    render: (_: unknown, m) => `${m.objectCode} ${m.objectName}`,
                  },
                  {
                    title: t('majorSources.facts.registrationCode'),
                    dataIndex: 'majorSourceCode',
                    render: (v: string | null) =>
                      v ?? (
                        <Typography.Text type="danger">{t('majorSources.facts.codeMissing')}</Typography.Text>
                      ),
                  },
                  {
                    title: t('majorSources.facts.kind'),
                    dataIndex: 'kind',
                    render: (v: MajorSourceListItem['kind']) => (v ? t(`majorSources.kinds.${v}`) : '—'),
                  },
                  {
                    title: t('majorSources.facts.filingValidUntil'),
                    dataIndex: 'filingValidUntil',
                    render: (v: string | null) => v ?? '—',
                  },
                  {
                    title: t('majorSources.grade'),
                    dataIndex: 'gradeLabel',
                    render: (v: string | null) => (v ? <Tag color="red">{v}</Tag> : '—'),
                  },
                  { title: 'R', dataIndex: 'r' },
                  {
                    title: t('majorSources.stewards'),
                    key: 'st',
                    render: (_: unknown, m) => (
                      <Space direction="vertical" size={0}>
                        {m.stewards.map((s) => (
                          <span key={s.role}>
                            {t(`stewardRoles.${s.role}`)}：{s.name} {s.phone}
                          </span>
                        ))}
                        {m.missingStewardRoles.length > 0 ? (
                          <Typography.Text type="danger">
                            {t('majorSources.missingStewards', {
                              roles: m.missingStewardRoles.map((r) => t(`stewardRoles.${r}`)).join('、'),
                            })}
                          </Typography.Text>
                        ) : null}
                      </Space>
                    ),
                  },
                  {
                    title: '',
                    key: 'a',
                    render: (_: unknown, m) => (
                      <Button
                        type="link"
                        onClick={() => {
                          setObject(m.objectId);
                          setTab('inventory');
                        }}
                        data-testid="risk-ms-open"
                      >
                        {t('majorSources.editInventory')}
                      </Button>
                    ),
                  },
                ]}
              />
            ),
          },
          { key: 'calculator', label: t('majorSources.calculator'), children: <Calculator /> },
          {
            key: 'inventory',
            label: t('majorSources.inventory'),
            children: (
              <>
                <Select
                  style={{ width: 320, marginBottom: 12 }}
                  placeholder={t('majorSources.object')}
                  value={objectId ?? undefined}
                  onChange={(v: string) => setObject(v)}
                  options={(tree.data?.data.objects ?? []).map((o) => ({
                    value: o.id,
                    label: `${o.code} ${o.name}`,
                  }))}
                  data-testid="risk-ms-object"
                />
                {objectId ? (
                  <ObjectInventory key={objectId} enterpriseId={enterpriseId} objectId={objectId} />
                ) : null}
              </>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
