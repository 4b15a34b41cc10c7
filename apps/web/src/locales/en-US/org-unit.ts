import type { Messages } from '../types.ts';
import type { orgUnit as zh } from '../zh-CN/org-unit.ts';

export const orgUnit: Messages<typeof zh> = {
  title: 'Organisation',
  subtitle: 'Departments, workshops, teams and posts: the basis of control tiers and of who belongs where',
  kinds: { department: 'Department', workshop: 'Workshop', team: 'Team', post: 'Post' },
  fields: { name: 'Name', kind: 'Type', parent: 'Parent unit', sort: 'Order' },
  addRoot: 'Add top-level unit',
  addChild: 'Add sub-unit',
  addTitle: 'New unit',
  addUnder: 'Under: {{parent}}',
  topLevel: '(top level)',
  selectHint: 'Select a unit on the left to edit it',
  empty: 'No units yet; start with a department or workshop',
  created: 'Unit added',
  readOnly: 'You may view the organisation but not change it',
  search: 'Search units',
};
