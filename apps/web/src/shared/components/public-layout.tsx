import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Frame for pages without the shell: login, self-registration, password change. Plain markup keeps login light. */
export function PublicLayout({ children, width = 420 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(160deg, #0f3f86 0%, #1554ad 45%, #eef3fb 45.1%)',
        padding: '32px 16px',
        boxSizing: 'border-box',
      }}
    >
      <Flex vertical align="center" gap={24}>
        <Link to="/" style={{ color: '#fff', textAlign: 'center', textDecoration: 'none' }}>
          <h1 style={{ color: '#fff', margin: 0, fontSize: 30, fontWeight: 600 }}>
            {t('common:productName')}
          </h1>
          <div style={{ color: '#dce6f7', fontSize: 15 }}>{t('common:productTagline')}</div>
        </Link>
        <div style={{ width: '100%', maxWidth: width }}>{children}</div>
      </Flex>
    </div>
  );
}

/** A white panel like antd's Card, without its code. */
export function PublicPanel({
  title,
  subtitle,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      style={{
        background: '#fff',
        borderRadius: 8,
        padding: 24,
        boxShadow: '0 6px 24px rgba(15, 63, 134, 0.12)',
      }}
    >
      <h2 style={{ margin: '0 0 4px', fontSize: 20, fontWeight: 600 }}>{title}</h2>
      {subtitle ? <p style={{ margin: '0 0 20px', color: 'rgba(0,0,0,0.55)' }}>{subtitle}</p> : null}
      {children}
    </section>
  );
}
