import type { ComponentType } from 'react';
import { defineSlot } from '../../shared/feature/slots.ts';
import type { SessionInfo } from '../../shared/session/session.ts';

/** A card on the home page (首页), between the unread banner and the to-dos. */
export type HomeWidget = {
  key: string;
  order: number;
  /** Whether this user sees it at all. */
  visible: (session: SessionInfo) => boolean;
  /** Loaded lazily; renders nothing while loading. */
  component: ComponentType;
};

export const homeWidgets = defineSlot<HomeWidget>('platform.home.widgets');
