import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Dropdown, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hazardArchiveUrl,
  hazardExportUrl,
  type HazardExportList,
  type HazardFilters,
} from '../../api/hazard-paths.ts';
import '../../i18n.ts';

const lists: HazardExportList[] = ['hazards', 'rectification', 'closeOut'];

/** 导出: the hazard, rectification and close-out lists as .xlsx, with the filters in force. */
export function ExportMenu({ enterpriseId, filters }: { enterpriseId: string; filters: HazardFilters }) {
  const { t } = useTranslation('hazard');
  return (
    <Dropdown
      menu={{
        items: lists.map((list) => ({
          key: list,
          label: (
            <a
              href={hazardExportUrl(enterpriseId, list, filters)}
              download
              data-testid={`hazard-export-${list}`}
            >
              {t(`downloads.lists.${list}`)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="hazard-export">
        {t('downloads.export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** 一企一档: one ZIP for a period of registration dates, or everything. */
export function ArchiveButton({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('hazard');
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [from, to] = range ?? [null, null];
  const href = hazardArchiveUrl(enterpriseId, from?.format('YYYY-MM-DD'), to?.format('YYYY-MM-DD'));
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="hazard-archive">
        {t('downloads.archive')}
      </Button>
      <Modal
        open={open}
        title={t('downloads.archiveTitle')}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            {t('common:actions.cancel')}
          </Button>,
          <Button
            key="download"
            type="primary"
            icon={<DownloadOutlined />}
            href={href}
            download
            onClick={() => setOpen(false)}
            data-testid="hazard-archive-download"
          >
            {t('downloads.download')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('downloads.archiveHint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('downloads.period')} extra={t('downloads.periodHint')}>
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              value={range}
              onChange={(v) => setRange(v)}
              style={{ width: '100%' }}
              data-testid="hazard-archive-period"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
