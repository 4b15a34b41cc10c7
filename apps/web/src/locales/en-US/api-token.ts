import type { Messages } from '../types.ts';
import type { apiToken as zh } from '../zh-CN/api-token.ts';

export const apiToken: Messages<typeof zh> = {
  title: 'API tokens',
  subtitle:
    'For integrations (upper-level platforms, reporting jobs); a token never exceeds your own permissions',
  create: 'New token',
  createTitle: 'New API token',
  fields: {
    name: 'Name',
    prefix: 'Prefix',
    scopes: 'Scopes',
    createdAt: 'Created',
    expiresAt: 'Expires',
    lastUsedAt: 'Last used',
    status: 'Status',
  },
  namePlaceholder: 'e.g. City platform upload',
  scopesHint: 'Grant only what the integration needs',
  neverExpires: 'Never',
  neverUsed: 'Never',
  status: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
  revoke: 'Revoke',
  confirmRevoke: 'Systems using “{{name}}” will lose access at once. Revoke?',
  revoked: 'Token revoked',
  createdTitle: 'Token created',
  createdHint: 'Copy it now and keep it safe: it is shown only this once.',
  empty: 'No API tokens',
};
