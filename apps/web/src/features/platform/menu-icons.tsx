import { CalendarOutlined, HomeOutlined, RetweetOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** Icons of platform's menu entries, by entry key (loaded with the desktop shell). */
export const menuIcons: Record<string, ReactNode> = {
  home: <HomeOutlined />,
  calendar: <CalendarOutlined />,
  'event-deliveries': <RetweetOutlined />,
};
