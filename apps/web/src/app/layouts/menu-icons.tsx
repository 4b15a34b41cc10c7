import {
  BankOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** Icons of the workspaces' own groups (menu-model.ts); the features bring their entries' icons. */
export const groupIcons: Record<string, ReactNode> = {
  risk: <SafetyCertificateOutlined />,
  hazard: <WarningOutlined />,
  'basic-info': <ProfileOutlined />,
  settings: <SettingOutlined />,
  'enterprise-management': <BankOutlined />,
};
