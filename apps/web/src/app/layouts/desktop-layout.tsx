import { Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../../shared/components/full-page-spin.tsx';
import { useSession } from '../../shared/session/session.ts';
import { HeaderBar } from './header-bar.tsx';
import { groupIcons } from './menu-icons.tsx';
import { menuFor, selectedMenuPath, type MenuNode } from './menu-model.ts';

type MenuItems = NonNullable<MenuProps['items']>;

function toItems(
  nodes: MenuNode[],
  label: (key: string) => string,
  icons: Record<string, ReactNode>,
): MenuItems {
  return nodes.map((node) =>
    node.children
      ? {
          key: node.key,
          icon: icons[node.key],
          label: <span data-testid={`nav-${node.key}`}>{label(node.labelKey)}</span>,
          children: toItems(node.children, label, icons),
        }
      : {
          key: node.key,
          icon: icons[node.key],
          label: (
            <Link to={node.path ?? '/'} data-testid={`nav-${node.key}`}>
              {label(node.labelKey)}
            </Link>
          ),
        },
  );
}

/** The desktop shell: dark top bar, left menu by workspace and permissions, page on the right. */
export function DesktopLayout({ featureIcons }: { featureIcons: Record<string, ReactNode> }) {
  const session = useSession();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const nodes = useMemo(() => menuFor(session), [session]);
  const selected = selectedMenuPath(nodes, pathname);
  const groupKeys = nodes.filter((n) => n.children).map((n) => n.key);
  const [openKeys, setOpenKeys] = useState<string[]>(groupKeys);
  const items = useMemo(
    () => toItems(nodes, (key) => t(`common:${key}`), { ...groupIcons, ...featureIcons }),
    [nodes, t, featureIcons],
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10 }}>
        <HeaderBar />
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={220}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          theme="light"
          breakpoint="lg"
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected.map((n) => n.key)}
            openKeys={collapsed ? undefined : openKeys}
            onOpenChange={setOpenKeys}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            data-testid="side-menu"
          />
        </Layout.Sider>
        <Layout.Content style={{ minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
