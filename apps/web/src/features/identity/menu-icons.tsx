import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  FileAddOutlined,
  KeyOutlined,
  ProfileOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** Icons of identity's menu entries, by entry key (loaded with the desktop shell). */
export const menuIcons: Record<string, ReactNode> = {
  'enterprise-profile': <ShopOutlined />,
  'org-units': <ApartmentOutlined />,
  users: <TeamOutlined />,
  'api-tokens': <KeyOutlined />,
  enterprises: <ShopOutlined />,
  'enterprise-register': <FileAddOutlined />,
  jurisdictions: <ClusterOutlined />,
  regulators: <AuditOutlined />,
  industries: <ProfileOutlined />,
};
