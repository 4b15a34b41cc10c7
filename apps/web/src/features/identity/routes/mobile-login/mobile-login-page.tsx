import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageLinks } from '../../components/language-links.tsx';
import { LoginForm } from '../../components/login-form.tsx';

/** Phone login: full width, large inputs, nothing else on the screen. */
export function MobileLoginPage() {
  const { t } = useTranslation();
  return (
    <div
      style={{ minHeight: '100dvh', background: '#fff', padding: '48px 20px 24px', boxSizing: 'border-box' }}
    >
      <h1 style={{ color: '#1554ad', margin: '0 0 4px', fontSize: 30 }}>{t('common:productName')}</h1>
      <p style={{ color: 'rgba(0,0,0,0.55)', margin: '0 0 32px', fontSize: 15 }}>
        {t('common:productTagline')}
      </p>
      <LoginForm home="/m" size="large" />
      <div style={{ textAlign: 'center', marginTop: 24 }}>
        <Link to="/login">{t('auth:login.desktopLink')}</Link>
      </div>
      <LanguageLinks />
    </div>
  );
}
