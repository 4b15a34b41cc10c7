import {
  BellOutlined,
  DesktopOutlined,
  GlobalOutlined,
  LockOutlined,
  LogoutOutlined,
  RightOutlined,
} from '@ant-design/icons';
import { App, Avatar, Badge, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage, setLanguage } from '../../../../shared/i18n/language.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useInbox } from '../../../platform/index.ts';
import { useLogout } from '../../api/auth-api.ts';

function Row({
  icon,
  label,
  extra,
  onClick,
  danger,
  testId,
}: {
  icon: ReactNode;
  label: string;
  extra?: ReactNode;
  onClick: () => void;
  danger?: boolean;
  testId: string;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      data-testid={testId}
      style={{
        display: 'flex',
        alignItems: 'center',
        width: '100%',
        minHeight: 56,
        padding: '0 20px',
        gap: 12,
        border: 'none',
        borderBottom: '1px solid #f0f0f0',
        background: '#fff',
        font: 'inherit',
        fontSize: 16,
        color: danger ? '#cf1322' : '#262626',
        cursor: 'pointer',
      }}
    >
      <span style={{ fontSize: 20 }}>{icon}</span>
      <span style={{ flex: 1, textAlign: 'left' }}>{label}</span>
      {extra}
      <RightOutlined style={{ color: '#bfbfbf' }} />
    </button>
  );
}

/** 我的: who am I, messages, password, language, desktop, logout — big rows for gloved thumbs. */
export function MobileMePage() {
  const { t } = useTranslation('platform');
  const session = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const logout = useLogout();
  const { data: inbox } = useInbox(true);
  const roles = session.user.roles.map((role) => t(`common:roles.${role}`)).join('、');
  const nextLanguage = currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <>
      <Flex align="center" gap={16} style={{ background: '#1554ad', color: '#fff', padding: '28px 20px' }}>
        <Avatar size={56} style={{ background: '#3a6fc4', fontSize: 24 }}>
          {session.user.name.slice(0, 1)}
        </Avatar>
        <div>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="m-user-name">
            {session.user.name}
          </Typography.Title>
          <Typography.Text style={{ color: '#dce6f7' }}>{roles}</Typography.Text>
          <div>
            <Typography.Text style={{ color: '#dce6f7' }}>
              {session.enterprise?.name ?? session.regulator?.name ?? ''}
            </Typography.Text>
          </div>
        </div>
      </Flex>
      <div style={{ marginTop: 12 }}>
        <Row
          icon={<BellOutlined />}
          label={t('mobile.unread')}
          extra={<Badge count={inbox?.unreadCount ?? 0} />}
          onClick={() => navigate('/inbox')}
          testId="m-inbox"
        />
        <Row
          icon={<LockOutlined />}
          label={t('mobile.changePassword')}
          onClick={() => navigate('/change-password')}
          testId="m-change-password"
        />
        <Row
          icon={<GlobalOutlined />}
          label={`${t('mobile.language')}：${t(`common:language.${currentLanguage()}`)}`}
          onClick={() => setLanguage(nextLanguage)}
          testId="m-language"
        />
        <Row
          icon={<DesktopOutlined />}
          label={t('mobile.desktop')}
          onClick={() => navigate('/')}
          testId="m-desktop"
        />
      </div>
      <div style={{ marginTop: 12 }}>
        <Row
          icon={<LogoutOutlined />}
          label={t('mobile.logout')}
          danger
          testId="logout"
          onClick={() =>
            logout.mutate(undefined, {
              onSuccess: () => navigate('/m/login', { replace: true }),
              onError: (e) => void message.error(errorMessage(t, e)),
            })
          }
        />
      </div>
    </>
  );
}
