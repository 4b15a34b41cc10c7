import { randomId } from '../../../shared/utils/random-id.ts';
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Image, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { postFile } from '../../../shared/api/post-file.ts';
import { useSession } from '../../../shared/session/session.ts';

/** Photos taken without a network, by their `local:` reference, until the record is queued. */
const localPhotos = new Map<string, { file: File; url: string }>();
export const isLocalPhoto = (ref: string) => ref.startsWith('local:');
/** The files behind `local:` references (taken offline), for the record's queue. */
export const localPhotoFiles = (refs: readonly string[]): File[] =>
  refs.flatMap((r) => {
    const photo = localPhotos.get(r);
    return photo ? [photo.file] : [];
  });

/**
 * Photos taken on the spot with the phone's camera (capture), uploaded at once; the value is the
 * uploaded files' ids. The server keeps each photo's capture time and place from its EXIF. Without
 * a network a photo is kept on the phone (a `local:` reference) and goes up with the queued record.
 */
export function PhotoCapture(props: { value?: string[]; onChange?: (ids: string[]) => void; max?: number }) {
  const { t } = useTranslation('inspection');
  const { message } = App.useApp();
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const ids = props.value ?? [];
  const max = props.max ?? 9;
  async function onFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    setBusy(true);
    const added: string[] = [];
    for (const file of [...files].slice(0, max - ids.length)) {
      const res = navigator.onLine
        ? await postFile<{ data: { id: string } }>('/files', file, session.csrfToken)
        : null;
      if (res?.ok) added.push(res.data.data.id);
      else if (res === null || res.error.status === 0) {
        const ref = `local:${randomId()}`;
        localPhotos.set(ref, { file, url: URL.createObjectURL(file) });
        added.push(ref);
      } else void message.error(`${t('record.uploadFailed')}：${errorMessage(t, res.error)}`);
    }
    setBusy(false);
    if (input.current) input.current.value = '';
    props.onChange?.([...ids, ...added]);
  }
  return (
    <Space wrap data-testid="inspection-photo-capture">
      {ids.map((id) => (
        <Space key={id} direction="vertical" size={2} align="center">
          <Image
            src={localPhotos.get(id)?.url ?? `/api/v1/files/${id}`}
            width={72}
            height={72}
            style={{ objectFit: 'cover' }}
          />
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label="delete"
            onClick={() => props.onChange?.(ids.filter((x) => x !== id))}
          />
        </Space>
      ))}
      {ids.length < max ? (
        <Button icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {t('record.takePhoto')}
        </Button>
      ) : null}
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="inspection-photo-input"
        onChange={(e) => void onFiles(e.target.files)}
      />
    </Space>
  );
}
