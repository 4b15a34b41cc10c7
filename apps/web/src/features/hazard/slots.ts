import type { HazardDetail, RegionalMajorHazard } from '@shuangkong/contracts';
import type { ComponentType } from 'react';
import { defineSlot } from '../../shared/feature/slots.ts';
import type { SessionInfo } from '../../shared/session/session.ts';

/**
 * An action on one row of the regulators' major hazards (/major-hazards), e.g. supervision's
 * 挂牌督办. Rendered in an 操作 column that appears only when some fill is visible.
 */
export type RegionalMajorHazardAction = {
  key: string;
  order: number;
  /** Whether this user may use the action at all (permissions); the component decides per row. */
  visible: (session: SessionInfo) => boolean;
  component: ComponentType<{ hazard: RegionalMajorHazard }>;
};

export const regionalMajorHazardActions = defineSlot<RegionalMajorHazardAction>(
  'hazard.regional-major-hazards.actions',
);

/**
 * A notice above one hazard's details from another module, e.g. supervision's 挂牌督办 banner on a
 * listed major hazard. Each fill decides per hazard whether it shows anything.
 */
export type HazardDetailNotice = {
  key: string;
  order: number;
  visible: (session: SessionInfo) => boolean;
  component: ComponentType<{ hazard: HazardDetail }>;
};

export const hazardDetailNotices = defineSlot<HazardDetailNotice>('hazard.detail.notices');
