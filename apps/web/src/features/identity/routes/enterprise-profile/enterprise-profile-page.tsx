import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../shared/session/session.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { EnterpriseDetailView } from '../../components/enterprise-detail-view.tsx';

/** 企业信息: an enterprise user's own enterprise. */
export function EnterpriseProfilePage() {
  const { t } = useTranslation('enterprise');
  const session = useSession();
  const id = session.enterprise?.id ?? session.user.enterpriseId;
  if (!id) return <ErrorResult error={new Error(t('errors:codes.NOT_FOUND'))} />;
  return <EnterpriseDetailView enterpriseId={id} title={t('profile.title')} editPath="/enterprise/edit" />;
}
