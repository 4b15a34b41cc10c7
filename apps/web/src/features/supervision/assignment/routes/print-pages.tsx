import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useAssignment, useBulletin } from '../api/assignment-api.ts';
import { BulletinDocument } from '../components/bulletin-document.tsx';
import { LetterDocument } from '../components/official-document.tsx';
import '../../i18n.ts';

/** The sheet alone, with a 打印 button that does not print; the browser prints it to PDF. */
function PrintSheet({ children }: { children: ReactNode }) {
  const { t } = useTranslation('supervision');
  return (
    <div style={{ background: '#f0f2f5', minHeight: '100vh', padding: 16 }} className="sk-print-bg">
      <style>{`@media print { .sk-print-bg { background: #fff !important; padding: 0 !important; } .sk-no-print { display: none !important; } body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }`}</style>
      <Flex justify="center" className="sk-no-print" style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="print-button"
        >
          {t('assignment.print')}
        </Button>
      </Flex>
      {children}
    </div>
  );
}

function useEnterpriseOfSession(): string | null {
  const session = useSession();
  return session.workspace === 'enterprise' ? session.user.enterpriseId : null;
}

export function LetterPrintPage() {
  const { t } = useTranslation('supervision');
  const { id = '' } = useParams();
  const detail = useAssignment(id, useEnterpriseOfSession());
  const letter = detail.data?.data.letter;
  if (detail.error) return <Alert type="error" title={errorMessage(t, detail.error)} />;
  if (!detail.data) return <Spin style={{ margin: 40 }} />;
  if (!letter) return <Alert type="info" title={t('assignment.notAssigned')} />;
  return (
    <PrintSheet>
      <LetterDocument letter={letter} />
    </PrintSheet>
  );
}

export function BulletinPrintPage() {
  const { t } = useTranslation('supervision');
  const { id = '' } = useParams();
  const detail = useBulletin(id, useEnterpriseOfSession());
  if (detail.error) return <Alert type="error" title={errorMessage(t, detail.error)} />;
  if (!detail.data) return <Spin style={{ margin: 40 }} />;
  return (
    <PrintSheet>
      <BulletinDocument bulletin={detail.data.data} />
    </PrintSheet>
  );
}
