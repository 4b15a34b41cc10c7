import type { Messages } from '../types.ts';
import type { user as zh } from '../zh-CN/user.ts';

export const user: Messages<typeof zh> = {
  title: 'People',
  fields: {
    username: 'Username',
    name: 'Name',
    phone: 'Mobile',
    roles: 'Roles',
    orgUnit: 'Unit',
    status: 'Status',
    lastLoginAt: 'Last login',
    belongsTo: 'Belongs to',
    regulator: 'Regulator',
    enterprise: 'Enterprise',
  },
  searchPlaceholder: 'Name, username or phone',
  invite: 'Add person',
  inviteTitle: 'Add person',
  editTitle: 'Edit person',
  rolesTitle: 'Roles',
  actions: {
    edit: 'Edit',
    roles: 'Roles',
    disable: 'Disable',
    enable: 'Enable',
    resetPassword: 'Reset password',
  },
  confirmDisable: '“{{name}}” will no longer be able to log in. Disable?',
  confirmEnable: 'Enable “{{name}}”?',
  confirmReset:
    'Reset the password of “{{name}}”? They must log in with the temporary password and change it.',
  temporaryPasswordTitle: 'Temporary password',
  temporaryPasswordHint:
    'Give this temporary password to {{name}}. It is shown only once and must be changed at first login.',
  belongsToKinds: { regulator: 'Regulator', enterprise: 'Enterprise', platform: 'Platform' },
  enterpriseSearch: 'Type an enterprise name',
  usernameHint: '3–32 lowercase letters, digits, _ . -, starting with a letter',
  mobileFormat: 'Enter an 11-digit mobile number',
  neverLoggedIn: 'Never',
  disabled: 'Disabled',
  enabled: 'Enabled',
};
