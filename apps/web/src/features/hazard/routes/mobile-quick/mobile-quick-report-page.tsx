import { CameraOutlined, CloseOutlined, LoadingOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Result, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { hazardApi, useQuickReportHazard, type UploadedPhoto } from '../../api/hazard-api.ts';
import { MAX_PHOTOS } from '../../components/photo-upload.tsx';
import '../../i18n.ts';

type Values = { photoIds?: string[]; description: string; location?: string; reporterHidden?: boolean };

/** 随手拍 on the phone: a photo from the camera, a sentence, optionally where, optionally anonymous. */
export function MobileQuickReportPage() {
  const { t } = useTranslation('hazard');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? session.user.enterpriseId ?? '';
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState(false);
  const [round, setRound] = useState(0);
  const { submit, isPending } = useFormMutation(form, useQuickReportHazard(enterpriseId), {
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <Result
        status="success"
        title={<span data-testid="hazard-quick-done">{t('mobile.submitted')}</span>}
        subTitle={t('mobile.submittedHint')}
        extra={[
          <Button
            key="again"
            type="primary"
            size="large"
            onClick={() => {
              form.resetFields();
              setRound((n) => n + 1);
              setDone(false);
            }}
            data-testid="hazard-quick-again"
          >
            {t('mobile.another')}
          </Button>,
          <Link key="home" to="/m">
            <Button size="large">{t('mobile.backHome')}</Button>
          </Link>,
        ]}
      />
    );
  }
  return (
    <>
      <header style={{ background: '#1554ad', color: '#fff', padding: '16px 20px 20px' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="hazard-quick-title">
          {t('mobile.title')}
        </Typography.Title>
        <Typography.Text style={{ color: '#dce6f7' }}>{t('mobile.hint')}</Typography.Text>
      </header>
      <div style={{ padding: 12 }}>
        <Form<Values>
          key={round}
          form={form}
          layout="vertical"
          size="large"
          style={{ background: '#fff', borderRadius: 8, padding: 16 }}
          initialValues={{ reporterHidden: false }}
          onFinish={(v) =>
            submit({
              description: v.description,
              photoIds: v.photoIds ?? [],
              location: v.location?.trim() ? v.location : undefined,
              reporterHidden: v.reporterHidden ?? false,
            })
          }
          data-testid="hazard-quick-form"
        >
          <Form.Item
            name="photoIds"
            rules={[{ required: true, type: 'array', min: 1, message: t('photos.required') }]}
          >
            <CameraCapture csrfToken={session.csrfToken} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('mobile.description')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea
              rows={3}
              placeholder={t('mobile.descriptionPlaceholder')}
              data-testid="hazard-quick-description"
            />
          </Form.Item>
          <Form.Item name="location" label={t('mobile.location')} rules={[{ max: 200 }]}>
            <Input data-testid="hazard-quick-location" />
          </Form.Item>
          <Form.Item name="reporterHidden" valuePropName="checked" extra={t('mobile.anonymousHint')}>
            <Checkbox data-testid="hazard-quick-anonymous">{t('mobile.anonymous')}</Checkbox>
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={isPending}
            data-testid="hazard-quick-submit"
          >
            {t('mobile.submit')}
          </Button>
        </Form>
      </div>
    </>
  );
}

/**
 * The phone's camera through a plain file input (`capture="environment"` opens the back camera);
 * each shot is uploaded at once and the field's value is the uploaded files' ids.
 */
function CameraCapture({ csrfToken, onChange }: { csrfToken: string; onChange?: (ids: string[]) => void }) {
  const { t } = useTranslation('hazard');
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const update = (next: UploadedPhoto[]) => {
    setPhotos(next);
    onChange?.(next.map((p) => p.fileId));
  };
  const pick = async (files: FileList | null) => {
    const chosen = [...(files ?? [])].slice(0, MAX_PHOTOS - photos.length);
    if (chosen.length === 0) return;
    setUploading(true);
    const added: UploadedPhoto[] = [];
    for (const file of chosen) {
      try {
        added.push(await hazardApi.uploadPhoto(file, csrfToken));
      } catch (error) {
        void message.error(t('photos.uploadFailed', { message: errorMessage(t, error) }));
      }
    }
    setUploading(false);
    update([...photos, ...added]);
  };
  const tile = { width: 96, height: 96, borderRadius: 6 } as const;
  return (
    <Flex gap={8} wrap data-testid="hazard-quick-photos">
      {photos.map((p) => (
        <div key={p.fileId} style={{ position: 'relative', ...tile }}>
          <img src={p.url} alt="" style={{ ...tile, objectFit: 'cover' }} />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            aria-label={t('mobile.removePhoto')}
            style={{ position: 'absolute', top: -6, right: -6 }}
            onClick={() => update(photos.filter((x) => x.fileId !== p.fileId))}
          />
        </div>
      ))}
      {photos.length < MAX_PHOTOS ? (
        <button
          type="button"
          onClick={() => input.current?.click()}
          disabled={uploading}
          style={{
            ...tile,
            border: '1px dashed #8c8c8c',
            background: '#fafafa',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: 4,
            fontSize: 14,
          }}
          data-testid="hazard-quick-camera"
        >
          {uploading ? (
            <LoadingOutlined style={{ fontSize: 24 }} />
          ) : (
            <CameraOutlined style={{ fontSize: 24 }} />
          )}
          {photos.length === 0 ? t('mobile.takePhoto') : t('mobile.addPhoto')}
        </button>
      ) : null}
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        onChange={(e) => {
          const files = e.target.files;
          void pick(files).finally(() => {
            if (input.current) input.current.value = '';
          });
        }}
        data-testid="hazard-quick-file"
      />
    </Flex>
  );
}
