import { Input, Popconfirm } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** What is deleted, named in the question. */
  name: string;
  /** What else goes with it (an object takes its units). */
  hint?: string;
  onConfirm: (reason: string) => void;
  children: ReactNode;
};

/**
 * The register's delete confirmation: asks why (kept with the deletion mark and sent to the upper
 * platform with it) and deletes only once a reason is given.
 */
export function DeleteWithReason({ name, hint, onConfirm, children }: Props) {
  const { t } = useTranslation('risk');
  const [reason, setReason] = useState('');
  return (
    <Popconfirm
      title={t('common.confirmDelete', { name })}
      description={
        <>
          {hint ? <div style={{ maxWidth: 280 }}>{hint}</div> : null}
          <Input.TextArea
            rows={2}
            maxLength={500}
            value={reason}
            placeholder={t('common.deleteReason')}
            onChange={(e) => setReason(e.target.value)}
            data-testid="risk-delete-reason"
            style={{ width: 280, marginTop: 8 }}
          />
        </>
      }
      okButtonProps={{ disabled: reason.trim() === '', danger: true }}
      onConfirm={() => {
        onConfirm(reason.trim());
        setReason('');
      }}
      onOpenChange={(open) => {
        if (!open) setReason('');
      }}
    >
      {children}
    </Popconfirm>
  );
}
