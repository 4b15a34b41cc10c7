import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { useSession } from '../../../shared/session/session.ts';
import { hazardApi, type UploadedPhoto } from '../api/hazard-api.ts';
import '../i18n.ts';

export const MAX_PHOTOS = 9;

/** The uploaded files' ids, in the order shown; files still uploading or failed are left out. */
export function uploadedIds(files: readonly UploadFile<UploadedPhoto>[]): string[] {
  return files.flatMap((f) => (f.status === 'done' && f.response ? [f.response.fileId] : []));
}

type Props = {
  /** Set by Form.Item: the ids of the uploaded photos. */
  onChange?: (fileIds: string[]) => void;
  testId?: string;
};

/**
 * Photos as a form field: each picked image is uploaded at once (multipart, `file`) and the field's
 * value is the list of file ids the server gave back. Up to nine, as the contracts allow.
 */
export function PhotoUpload({ onChange, testId }: Props) {
  const { t } = useTranslation('hazard');
  const { message } = App.useApp();
  const session = useSession();
  const [files, setFiles] = useState<UploadFile<UploadedPhoto>[]>([]);
  return (
    <Upload<UploadedPhoto>
      accept="image/*"
      listType="picture-card"
      multiple
      maxCount={MAX_PHOTOS}
      fileList={files}
      data-testid={testId}
      customRequest={({ file, onSuccess, onError }) => {
        if (!(file instanceof File)) return;
        hazardApi
          .uploadPhoto(file, session.csrfToken)
          .then((photo) => onSuccess?.(photo))
          .catch((error: unknown) => {
            void message.error(t('photos.uploadFailed', { message: errorMessage(t, error) }));
            onError?.(error instanceof Error ? error : new Error(String(error)));
          });
      }}
      onChange={({ fileList }) => {
        const shown = fileList
          .filter((f) => f.status !== 'error')
          .map((f) => (f.status === 'done' && f.response ? { ...f, url: f.response.url } : f));
        setFiles(shown);
        onChange?.(uploadedIds(shown));
      }}
    >
      {files.length >= MAX_PHOTOS ? null : (
        <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('photos.upload')}</div>
        </button>
      )}
    </Upload>
  );
}
