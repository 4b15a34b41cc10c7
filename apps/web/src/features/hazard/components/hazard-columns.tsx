import type { HazardDue, HazardState } from '@shuangkong/contracts';
import { Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { DueChip, HazardStateTag, OverdueFlag } from './hazard-tags.tsx';

type StateRow = { state: HazardState; overdue: boolean };
type DeadlineRow = { deadline: string | null; overdue: boolean; due?: HazardDue | null };

/** The state column of every hazard table: the state and, past the deadline, the red 逾期 flag. */
export function stateColumn<T extends StateRow>(t: TFunction, width = 130) {
  return {
    title: t('fields.state'),
    dataIndex: 'state',
    width,
    render: (_: unknown, h: T) => (
      <>
        <HazardStateTag state={h.state} />
        <OverdueFlag overdue={h.overdue} />
      </>
    ),
  };
}

/** The deadline column: the date (red when past) over its due chip, '—' without a deadline. */
export function deadlineColumn<T extends DeadlineRow>(t: TFunction, width = 130) {
  return {
    title: t('fields.deadline'),
    dataIndex: 'deadline',
    width,
    render: (deadline: string | null, h: T) =>
      deadline === null ? (
        '—'
      ) : (
        <Flex vertical gap={2} align="start">
          <Typography.Text type={h.overdue ? 'danger' : undefined}>{deadline}</Typography.Text>
          {h.due !== undefined ? <DueChip due={h.due} /> : null}
        </Flex>
      ),
  };
}
