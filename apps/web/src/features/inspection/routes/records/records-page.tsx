import type { InspectionRecordView } from '@shuangkong/contracts';
import { checkAnswer, checkStatus } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Image,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useWatermarkedUrl } from '../../../../shared/photos/use-watermarked-url.ts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useRecords, useReviewRecord, useSubmitRecord, type RecordFilter } from '../../api/inspection-api.ts';

type Open = { kind: 'review' | 'correct'; record: InspectionRecordView };

/**
 * 排查记录: what was checked, by whom, when and how (on a phone, after scanning, sent late), with
 * the photos watermarked as they are shown and printed, the records kept from a second device
 * waiting for review, and corrections as new records beside the old ones.
 */
export function RecordsPage() {
  const { t } = useTranslation('inspection');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [filter, setFilter] = useState<RecordFilter>({});
  const list = useRecords(enterpriseId, filter);
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const [open, setOpen] = useState<Open | null>(null);
  return (
    <PageContainer title={t('records.title')}>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          onChange={(range) => {
            const [from, to] = (range ?? [null, null]) as [Dayjs | null, Dayjs | null];
            setFilter((f) => ({ ...f, from: from?.format('YYYY-MM-DD'), to: to?.format('YYYY-MM-DD') }));
          }}
        />
        <Select
          allowClear
          placeholder={t('records.status')}
          style={{ minWidth: 140 }}
          options={checkStatus.options.map((s) => ({ value: s, label: t(`records.checkStatuses.${s}`) }))}
          onChange={(s?: string) => setFilter((f) => ({ ...f, checkStatus: s }))}
          data-testid="inspection-records-status"
        />
        <Checkbox
          onChange={(e) => setFilter((f) => ({ ...f, needsReview: e.target.checked || undefined }))}
          data-testid="inspection-records-needs-review"
        >
          {t('records.needsReviewOnly')}
        </Checkbox>
      </Flex>
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<InspectionRecordView>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="inspection-records"
        columns={[
          {
            title: t('records.checkTime'),
            dataIndex: 'checkTime',
            width: 150,
            render: (at: string, r) => (
              <Flex vertical>
                <span>{formatDateTime(at)}</span>
                {r.late ? (
                  <Tooltip title={t('records.lateHint', { at: formatDateTime(r.submittedAt) })}>
                    <Tag color="gold" data-testid="inspection-record-late">
                      {t('records.late')}
                    </Tag>
                  </Tooltip>
                ) : null}
              </Flex>
            ),
          },
          { title: t('records.unit'), dataIndex: 'unitName', width: 120 },
          { title: t('records.measure'), dataIndex: 'measureContent' },
          {
            title: t('records.result'),
            key: 'result',
            width: 260,
            render: (_: unknown, r) => <Answers record={r} enterpriseName={session.enterprise?.name ?? ''} />,
          },
          { title: t('records.checkedBy'), dataIndex: 'checkedByName', width: 90 },
          {
            title: t('records.how'),
            key: 'how',
            width: 170,
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.byMobile ? <Tag>{t('records.byMobile')}</Tag> : null}
                {r.scanned ? <Tag color="blue">{t('records.scanned')}</Tag> : null}
                {r.isSteward ? <Tag color="purple">{t('records.steward')}</Tag> : null}
                {r.needsReview ? (
                  <Tag color="red" data-testid="inspection-record-needs-review">
                    {t('records.needsReview')}
                  </Tag>
                ) : r.duplicateOf ? (
                  <Tooltip
                    title={r.reviewedByName ? t('records.reviewedBy', { name: r.reviewedByName }) : undefined}
                  >
                    <Tag>{t('records.duplicateReviewed')}</Tag>
                  </Tooltip>
                ) : null}
                {r.correctsRecordId ? <Tag color="cyan">{t('records.correction')}</Tag> : null}
                {r.correctedBy.length > 0 ? <Tag color="default">{t('records.corrected')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('records.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, r) => (
              <Space size={4}>
                {r.abilities.review ? (
                  <Button
                    size="small"
                    onClick={() => setOpen({ kind: 'review', record: r })}
                    data-testid="inspection-record-review"
                  >
                    {t('records.review')}
                  </Button>
                ) : null}
                {r.abilities.correct && r.correctedBy.length === 0 ? (
                  <Button
                    size="small"
                    onClick={() => setOpen({ kind: 'correct', record: r })}
                    data-testid="inspection-record-correct"
                  >
                    {t('records.correct')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {list.hasNextPage ? (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('records.loadMore')}
          </Button>
        </Flex>
      ) : null}
      {open?.kind === 'review' ? (
        <ReviewDialog enterpriseId={enterpriseId} record={open.record} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'correct' ? (
        <CorrectDialog enterpriseId={enterpriseId} record={open.record} onClose={() => setOpen(null)} />
      ) : null}
    </PageContainer>
  );
}

/** The answers, each photo shown with its watermark: time, place, person and enterprise. */
function Answers({ record: r, enterpriseName }: { record: InspectionRecordView; enterpriseName: string }) {
  const { t } = useTranslation('inspection');
  return (
    <Flex vertical gap={4}>
      {r.answers.map((a) => (
        <div key={a.itemId}>
          <Tag color={a.answer === 'abnormal' ? 'red' : a.answer === 'normal' ? 'green' : 'default'}>
            {t(`answers.${a.answer}`)}
          </Tag>
          {a.note ? <Typography.Text type="secondary">{a.note}</Typography.Text> : null}
          {a.photos.length > 0 ? (
            <Flex gap={6} wrap style={{ marginTop: 4 }}>
              <Image.PreviewGroup>
                {a.photos.map((p) => (
                  <RecordPhoto key={p.fileId} photo={p} record={r} enterpriseName={enterpriseName} />
                ))}
              </Image.PreviewGroup>
            </Flex>
          ) : null}
        </div>
      ))}
    </Flex>
  );
}

function ReviewDialog({
  enterpriseId,
  record,
  onClose,
}: {
  enterpriseId: string;
  record: InspectionRecordView;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<{ comment?: string }>();
  const { submit, isPending } = useFormMutation(form, useReviewRecord(enterpriseId), {
    success: t('records.reviewed'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={t('records.reviewTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={isPending}
      okButtonProps={{ 'data-testid': 'inspection-review-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('records.reviewHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => submit({ id: record.id, body: { comment: v.comment ?? '' } })}
      >
        <Form.Item name="comment" label={t('records.reviewComment')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Correction = { answer: 'normal' | 'abnormal' | 'notApplicable'; note: string };

function CorrectDialog({
  enterpriseId,
  record,
  onClose,
}: {
  enterpriseId: string;
  record: InspectionRecordView;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<Correction>();
  const first = record.answers[0];
  const { submit, isPending } = useFormMutation(form, useSubmitRecord(enterpriseId), {
    success: t('records.correctedDone'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={t('records.correctTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={isPending}
      okButtonProps={{ 'data-testid': 'inspection-correct-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('records.correctHint')}</Typography.Paragraph>
      <Form<Correction>
        form={form}
        layout="vertical"
        initialValues={{ answer: first?.answer ?? 'normal', note: '' }}
        onFinish={(v) =>
          submit({
            taskId: record.taskId,
            body: {
              answers: [{ itemId: first?.itemId ?? '', answer: v.answer, note: v.note }],
              correctsRecordId: record.id,
              note: v.note,
            },
          })
        }
      >
        <Form.Item name="answer" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={checkAnswer.options.map((a) => ({ value: a, label: t(`answers.${a}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('records.correctReason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} data-testid="inspection-correct-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Photo = InspectionRecordView['answers'][number]['photos'][number];

/**
 * One photo as evidence: a derived copy with time, place, person and enterprise burnt in (so the
 * enlarged, saved or printed image carries them; the stored original is untouched), the same facts
 * laid over the original until the copy is ready, and the flag of a photo taken outside the window.
 */
function RecordPhoto({
  photo: p,
  record: r,
  enterpriseName,
}: {
  photo: Photo;
  record: InspectionRecordView;
  enterpriseName: string;
}) {
  const { t } = useTranslation('inspection');
  const place = p.gps ? `${r.unitName} · ${p.gps.lat.toFixed(5)}, ${p.gps.lng.toFixed(5)}` : r.unitName;
  const lines = [
    formatDateTime(p.capturedAt ?? r.checkTime),
    place,
    `${r.checkedByName} · ${enterpriseName}`,
  ];
  const derived = useWatermarkedUrl(p.url, lines);
  return (
    <div
      className="sk-watermarked"
      style={{ position: 'relative', width: 96 }}
      data-testid="inspection-photo"
      data-watermark={derived ? 'derived' : 'overlay'}
    >
      <Image src={derived ?? p.url} width={96} height={72} style={{ objectFit: 'cover' }} alt="" />
      {derived ? null : (
        <div
          aria-hidden
          data-testid="inspection-photo-watermark"
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            bottom: 0,
            fontSize: 9,
            lineHeight: 1.2,
            padding: '1px 3px',
            color: '#fff',
            background: 'rgba(0,0,0,.45)',
            pointerEvents: 'none',
          }}
        >
          {lines[0]} {lines[1]}
          <br />
          {lines[2]}
        </div>
      )}
      {p.outsideWindow ? (
        <Tooltip title={t('records.outsideWindowHint')}>
          <Tag color="orange" style={{ marginTop: 2 }} data-testid="inspection-photo-outside-window">
            {t('records.outsideWindow')}
          </Tag>
        </Tooltip>
      ) : null}
    </div>
  );
}
