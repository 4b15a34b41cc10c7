import { BOUNDARY_LIMITS, type BoundarySet } from '@shuangkong/contracts';
import { Alert, App, Button, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/api-error.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useUploadBoundaries } from '../api/map-api.ts';

type Problem = { field: string; code: string; params?: Record<string, string | number> };

/** 上传边界: a GeoJSON file read in the browser and sent whole; the server's problems listed by field. */
export function BoundaryUploadButton({ set }: { set: BoundarySet | undefined }) {
  const { t } = useTranslation('supervision');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const upload = useUploadBoundaries();

  const send = async (file: File) => {
    setProblems([]);
    setError(null);
    if (file.size > BOUNDARY_LIMITS.bytes) {
      setError(t('map.boundary.tooLarge'));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch (e) {
      setError(t('map.boundary.notJson', { message: e instanceof Error ? e.message : String(e) }));
      return;
    }
    upload.mutate(body, {
      onSuccess: (res) => {
        void message.success(t('map.boundary.done', res.data));
        setOpen(false);
      },
      onError: (e) => {
        const listed = isApiError(e) ? (e.details.problems as Problem[] | undefined) : undefined;
        if (listed?.length) setProblems(listed);
        else setError(errorMessage(t, e));
      },
    });
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="boundary-upload-open">
        {t('map.boundary.upload')}
      </Button>
      <Modal
        open={open}
        title={t('map.boundary.title')}
        footer={null}
        width={640}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('map.boundary.help')}</Typography.Paragraph>
          <Typography.Text>
            {set?.updatedAt
              ? t('map.boundary.updated', {
                  count: set.boundaries.length,
                  by: set.updatedByName ?? '—',
                  at: formatDateTime(set.updatedAt),
                })
              : t('map.boundary.none')}
          </Typography.Text>
          <Upload
            accept=".json,.geojson,application/geo+json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button type="primary" loading={upload.isPending} data-testid="boundary-upload-choose">
              {t('map.boundary.choose')}
            </Button>
          </Upload>
          {error ? <Alert type="error" title={error} /> : null}
          {problems.length > 0 ? (
            <Alert
              type="error"
              data-testid="boundary-problems"
              title={t('map.boundary.problemsTitle', { n: problems.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 240, overflow: 'auto' }}>
                  {problems.map((p, i) => (
                    <li key={i}>
                      <Typography.Text code>{p.field.replace(/^body\./, '')}</Typography.Text>{' '}
                      {t(`map.boundary.problems.${p.code}`, p.params ?? {})}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </Space>
      </Modal>
    </>
  );
}
