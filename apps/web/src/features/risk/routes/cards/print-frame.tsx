import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import type { CardPrintStatus } from '@shuangkong/contracts';
import { Alert, Button, Flex, Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { usePrintPage } from '../../components/use-print-page.ts';

export type Paper = 'A4' | 'A5';

/** A printable sheet: toolbar (paper A4/A5, 打印) that does not print, then the sheet at paper width. */
export function PrintFrame({
  children,
  testId,
  printStatus,
  onPrint,
}: {
  children: (paper: Paper) => ReactNode;
  testId: string;
  /** Whether the card on the wall is out of date; shown above the sheet, never printed. */
  printStatus?: CardPrintStatus | undefined;
  /** Records the print (what the card said) before the browser's print dialog opens. */
  onPrint?: () => void;
}) {
  const { t } = useTranslation('risk');
  const [params, setParams] = useSearchParams();
  const paper: Paper = params.get('paper') === 'A5' ? 'A5' : 'A4';
  usePrintPage(`${paper} portrait`);
  return (
    <div style={{ background: '#f0f2f5', minHeight: '100vh', padding: 16 }} className="sk-print-bg">
      <style>{`@media print { .sk-print-bg { background: #fff !important; padding: 0 !important; } .sk-sheet { box-shadow: none !important; margin: 0 !important; width: auto !important; } }`}</style>
      <Flex gap={12} align="center" justify="center" className="sk-no-print" style={{ marginBottom: 16 }}>
        <Link to="/risk/cards">
          <Button icon={<ArrowLeftOutlined />}>{t('cards.title')}</Button>
        </Link>
        <span>{t('cards.paper')}</span>
        <Segmented
          data-testid="risk-card-paper"
          value={paper}
          options={['A4', 'A5']}
          onChange={(v) => {
            const p = new URLSearchParams(params);
            p.set('paper', String(v));
            setParams(p, { replace: true });
          }}
        />
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => {
            onPrint?.();
            window.print();
          }}
          data-testid="risk-card-print"
        >
          {t('common.print')}
        </Button>
      </Flex>
      {printStatus?.lastPrint ? (
        <Flex justify="center" className="sk-no-print" style={{ marginBottom: 12 }}>
          <Alert
            type={printStatus.outOfDate ? 'warning' : 'success'}
            data-testid="risk-card-print-status"
            data-out-of-date={printStatus.outOfDate}
            title={t(printStatus.outOfDate ? 'cards.outOfDate' : 'cards.printedCurrent', {
              time: formatDateTime(printStatus.lastPrint.printedAt),
              name: printStatus.lastPrint.printedByName ?? '',
            })}
          />
        </Flex>
      ) : null}
      <div
        className="sk-sheet"
        data-testid={testId}
        data-paper={paper}
        style={{
          width: paper === 'A4' ? '194mm' : '132mm',
          margin: '0 auto',
          background: '#fff',
          padding: paper === 'A4' ? '8mm' : '5mm',
          boxShadow: '0 1px 6px rgba(0,0,0,0.15)',
          fontSize: paper === 'A4' ? 13 : 10.5,
          color: '#000',
        }}
      >
        {children(paper)}
      </div>
    </div>
  );
}

export const cellStyle = { border: '1px solid #000', padding: '4px 6px', verticalAlign: 'top' as const };
export const headStyle = {
  ...cellStyle,
  background: '#f5f5f5',
  fontWeight: 600,
  whiteSpace: 'nowrap' as const,
  width: '18%',
};

type BannerProps = {
  paper: Paper;
  background: string;
  color: string;
  children: ReactNode;
  testId?: string;
  level?: string;
};

/** The coloured title bar every printed card starts with, sized for the chosen paper. */
export function CardBanner({ paper, background, color, children, testId, level }: BannerProps) {
  return (
    <div
      style={{
        textAlign: 'center',
        background,
        color,
        padding: paper === 'A4' ? '8px 0' : '5px 0',
        fontSize: paper === 'A4' ? 24 : 17,
        fontWeight: 700,
        letterSpacing: 4,
      }}
      data-testid={testId}
      data-level={level}
    >
      {children}
    </div>
  );
}
