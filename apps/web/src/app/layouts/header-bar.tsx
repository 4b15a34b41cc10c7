import {
  BellOutlined,
  DownOutlined,
  GlobalOutlined,
  LockOutlined,
  LogoutOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Avatar, Badge, Button, Dropdown, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../../features/identity/index.ts';
import { useInbox } from '../../features/platform/index.ts';
import { errorMessage } from '../../shared/api/error-message.ts';
import { useSession } from '../../shared/session/session.ts';
import { currentLanguage, setLanguage } from '../../shared/i18n/language.ts';
import { languages } from '../../locales/index.ts';

const light = { color: '#fff' };

function OrgName() {
  const session = useSession();
  const { t } = useTranslation();
  const name =
    session.enterprise?.name ??
    session.regulator?.name ??
    (session.workspace === 'admin' ? t('common:header.platform') : t('common:header.expert'));
  return (
    <Typography.Text style={{ ...light, opacity: 0.85 }} ellipsis data-testid="org-name">
      {name}
    </Typography.Text>
  );
}

function InboxBell() {
  const { t } = useTranslation();
  const { data } = useInbox(true, { poll: true });
  const count = data?.unreadCount ?? 0;
  return (
    <Tooltip title={count > 0 ? t('common:header.unreadTitle', { count }) : t('common:header.inbox')}>
      <Link to="/inbox" data-testid="inbox-bell" aria-label={t('common:header.inbox')}>
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ ...light, fontSize: 18 }} />
        </Badge>
      </Link>
    </Tooltip>
  );
}

function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectedKeys: [currentLanguage()],
        items: languages.map((language) => ({
          key: language,
          label: <span data-testid={`language-${language}`}>{t(`common:language.${language}`)}</span>,
        })),
        onClick: ({ key }) => {
          if (key === 'zh-CN' || key === 'en-US') setLanguage(key);
        },
      }}
    >
      <Button type="text" style={light} icon={<GlobalOutlined />} data-testid="language-switch">
        {t(`common:language.${currentLanguage()}`)}
      </Button>
    </Dropdown>
  );
}

function UserMenu() {
  const session = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const logout = useLogout();
  const roleNames = session.user.roles.map((role) => t(`common:roles.${role}`)).join('、');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: <Typography.Text type="secondary">{roleNames}</Typography.Text>,
          },
          { type: 'divider' },
          {
            key: 'password',
            icon: <LockOutlined />,
            label: <span data-testid="change-password">{t('common:header.changePassword')}</span>,
          },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            danger: true,
            label: <span data-testid="logout">{t('common:header.logout')}</span>,
          },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/change-password');
          if (key === 'logout') {
            logout.mutate(undefined, {
              onSuccess: () => {
                void message.success(t('auth:logout.done'));
                navigate('/login', { replace: true });
              },
              onError: (error) => void message.error(errorMessage(t, error)),
            });
          }
        },
      }}
    >
      <Button type="text" style={light} data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#3a6fc4' }} />
        <span>{session.user.name}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}

/** The dark top bar: product, organisation, bell, language, user. */
export function HeaderBar() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="space-between" style={{ height: '100%', gap: 16 }}>
      <Flex align="center" gap={16} style={{ minWidth: 0 }}>
        <Link
          to="/"
          style={{ ...light, whiteSpace: 'nowrap', fontSize: 17, fontWeight: 600 }}
          data-testid="brand"
        >
          {t('common:productName')}
          <span style={{ fontWeight: 400, opacity: 0.85 }}> · {t('common:productTagline')}</span>
        </Link>
        <OrgName />
      </Flex>
      <Flex align="center" gap={8}>
        <InboxBell />
        <LanguageSwitch />
        <UserMenu />
      </Flex>
    </Flex>
  );
}
