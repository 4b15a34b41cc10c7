import { describe, expect, it } from 'vitest';
import { diffAudit } from './audit-diff.ts';

describe('diffAudit', () => {
  it('lists changed fields only', () => {
    expect(
      diffAudit(
        { name: '甲', scale: 'small', principal: { name: '王' } },
        { name: '乙', scale: 'small', principal: { name: '李' } },
      ),
    ).toEqual([
      { field: 'name', before: '甲', after: '乙' },
      { field: 'principal', before: '{"name":"王"}', after: '{"name":"李"}' },
    ]);
  });
  it('treats a creation as all fields new', () => {
    expect(diffAudit(null, { status: 'pending' })).toEqual([
      { field: 'status', before: '—', after: 'pending' },
    ]);
  });
});
