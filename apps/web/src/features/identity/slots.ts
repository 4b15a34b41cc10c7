import type { Enterprise } from '@shuangkong/contracts';
import type { ComponentType } from 'react';
import { defineSlot } from '../../shared/feature/slots.ts';
import type { SessionInfo } from '../../shared/session/session.ts';

/** A tab of the enterprise detail page (一企一档) after the registered facts and the change history. */
export type EnterpriseDetailTab = {
  key: string;
  order: number;
  /** An i18n key with its namespace, e.g. 'enterprise:detail.tabs.risk'. */
  labelKey: string;
  /** Whether this user sees the tab for this enterprise. */
  visible: (enterprise: Enterprise, session: SessionInfo) => boolean;
  /** Loaded lazily when the tab opens; renders nothing while loading. */
  component: ComponentType<{ enterpriseId: string }>;
};

export const enterpriseDetailTabs = defineSlot<EnterpriseDetailTab>('identity.enterprise-detail.tabs');
