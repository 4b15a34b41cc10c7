import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EnterpriseDetailView } from '../../components/enterprise-detail-view.tsx';

export function EnterpriseDetailPage() {
  const { t } = useTranslation('enterprise');
  const { id = '' } = useParams();
  return (
    <EnterpriseDetailView enterpriseId={id} title={t('detail.title')} editPath={`/enterprises/${id}/edit`} />
  );
}
