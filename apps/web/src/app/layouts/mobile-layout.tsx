import { CameraOutlined, HomeOutlined, ProfileOutlined, UserOutlined } from '@ant-design/icons';
import { App, Badge } from 'antd';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useTodos } from '../../features/platform/index.ts';
import { FullPageSpin } from '../../shared/components/full-page-spin.tsx';
import { registerServiceWorker } from '../../shared/offline/register-service-worker.ts';
import styles from './mobile-layout.module.css';

type Tab = { key: string; icon: ReactNode; to?: string; badge?: number };

/** Phone shell: no sider, content above a bottom tab bar with large touch targets. */
export function MobileLayout() {
  const { t } = useTranslation('platform');
  const { message } = App.useApp();
  const { data: todos } = useTodos();
  const pending = (todos?.data ?? []).reduce((sum, todo) => sum + todo.count, 0);
  // A phone that opened /m once opens it again without a network (sw.js).
  useEffect(registerServiceWorker, []);
  const tabs: Tab[] = [
    { key: 'home', icon: <HomeOutlined /> },
    { key: 'tasks', icon: <ProfileOutlined />, to: '/m', badge: pending },
    { key: 'quickReport', icon: <CameraOutlined />, to: '/m/hazards/quick' },
    { key: 'me', icon: <UserOutlined />, to: '/m/me' },
  ];
  return (
    <div className={styles.shell}>
      <main className={styles.content}>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </main>
      <nav className={styles.tabBar} aria-label={t('mobile.tabBar')}>
        {tabs.map((tab) => {
          const inner = (
            <>
              <Badge count={tab.badge ?? 0} size="small" offset={[6, 0]}>
                <span className={styles.tabIcon}>{tab.icon}</span>
              </Badge>
              <span className={styles.tabLabel}>{t(`mobile.tabs.${tab.key}`)}</span>
            </>
          );
          return tab.to ? (
            <NavLink
              key={tab.key}
              to={tab.to}
              end
              className={({ isActive }) => `${styles.tab} ${isActive ? styles.active : ''}`}
              data-testid={`m-tab-${tab.key}`}
            >
              {inner}
            </NavLink>
          ) : (
            <button
              key={tab.key}
              type="button"
              className={`${styles.tab} ${styles.disabled}`}
              data-testid={`m-tab-${tab.key}`}
              aria-disabled="true"
              onClick={() => void message.info(t('mobile.comingSoon'))}
            >
              {inner}
            </button>
          );
        })}
      </nav>
    </div>
  );
}
