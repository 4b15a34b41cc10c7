import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout, PublicPanel } from '../../../../shared/components/public-layout.tsx';
import { LanguageLinks } from '../../components/language-links.tsx';
import { LoginForm } from '../../components/login-form.tsx';

export function LoginPage() {
  const { t } = useTranslation('auth');
  return (
    <PublicLayout>
      <PublicPanel title={t('login.title')} subtitle={t('login.subtitle')}>
        <LoginForm home="/" />
        <Flex justify="space-between" style={{ marginTop: 16 }}>
          <Link to="/register" data-testid="register-link">
            {t('login.registerLink')}
          </Link>
          <Link to="/disclosures" data-testid="disclosures-link">
            {t('login.disclosuresLink')}
          </Link>
          <Link to="/m/login">{t('login.mobileLink')}</Link>
        </Flex>
      </PublicPanel>
      <LanguageLinks />
    </PublicLayout>
  );
}
