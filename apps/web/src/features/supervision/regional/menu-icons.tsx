import { ApartmentOutlined, DatabaseOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The regional part's menu icons, by entry key. */
export const menuIcons: Record<string, ReactNode> = {
  'regional-risks': <DatabaseOutlined />,
  'supervision-tiers': <ApartmentOutlined />,
};
