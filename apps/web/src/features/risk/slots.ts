import type { ComponentType } from 'react';
import { defineSlot } from '../../shared/feature/slots.ts';

/**
 * A section of the phone's unit page (what a printed card's QR code opens), above the unit's
 * risks: inspection puts the scanner's open checks of the unit here.
 */
export type MobileUnitSection = {
  key: string;
  order: number;
  component: ComponentType<{ enterpriseId: string; unitId: string }>;
};

export const mobileUnitSections = defineSlot<MobileUnitSection>('risk.mobile-unit.sections');
