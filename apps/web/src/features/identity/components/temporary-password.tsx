import type { Modal } from 'antd';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';

/** Shows a one-time password once, with a copy button: it is never retrievable again. */
export function showTemporaryPassword(
  modal: { info: (config: Parameters<typeof Modal.info>[0]) => unknown },
  t: TFunction,
  name: string,
  password: string,
): void {
  modal.info({
    title: t('user:temporaryPasswordTitle'),
    content: (
      <>
        <Typography.Paragraph>{t('user:temporaryPasswordHint', { name })}</Typography.Paragraph>
        <Typography.Paragraph
          copyable={{ text: password }}
          code
          style={{ fontSize: 18 }}
          data-testid="temporary-password"
        >
          {password}
        </Typography.Paragraph>
      </>
    ),
    okText: t('common:actions.close'),
  });
}
