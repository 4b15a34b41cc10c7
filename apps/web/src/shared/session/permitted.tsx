import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainResult } from '../components/plain-result.tsx';
import { hasPermission, useSession, type Permission } from './session.ts';

/** Hides a page the user's permissions do not cover; the server enforces the same rule. */
export function Permitted({ permission, children }: { permission: Permission; children: ReactNode }) {
  const session = useSession();
  const { t } = useTranslation();
  if (!hasPermission(session, permission)) {
    return <PlainResult title="403" detail={t('errors:codes.FORBIDDEN')} testId="forbidden" />;
  }
  return children;
}
