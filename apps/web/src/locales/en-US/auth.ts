import type { Messages } from '../types.ts';
import type { auth as zh } from '../zh-CN/auth.ts';

export const auth: Messages<typeof zh> = {
  login: {
    title: 'Log in',
    subtitle: 'One login for enterprises, regulators and administrators',
    username: 'Username or phone',
    usernamePlaceholder: 'Username or mobile number',
    password: 'Password',
    passwordPlaceholder: 'Password',
    submit: 'Log in',
    registerLink: 'Register your enterprise',
    mobileLink: 'Mobile version',
    disclosuresLink: 'Public disclosures',
    desktopLink: 'Desktop version',
    welcome: 'Welcome back, {{name}}',
  },
  changePassword: {
    title: 'Change password',
    forcedHint: 'For your account’s safety, change your password after the first login or a reset.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    rule: 'At least 8 characters, with letters and digits',
    mismatch: 'The new passwords do not match',
    sameAsCurrent: 'The new password must differ from the current one',
    success: 'Password changed',
    submit: 'Change password',
  },
  logout: {
    done: 'You have logged out',
  },
};
