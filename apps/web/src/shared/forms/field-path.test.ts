import { describe, expect, it } from 'vitest';
import { fieldPathOf, matchFormField } from './field-path.ts';

describe('fieldPathOf', () => {
  it('strips the body prefix and splits on dots', () => {
    expect(fieldPathOf('body.creditCode')).toEqual(['creditCode']);
    expect(fieldPathOf('body.principal.phone')).toEqual(['principal', 'phone']);
  });
  it('turns numeric segments into indexes', () => {
    expect(fieldPathOf('body.days.3.date')).toEqual(['days', 3, 'date']);
  });
  it('keeps paths that have no source prefix', () => {
    expect(fieldPathOf('account.username')).toEqual(['account', 'username']);
    expect(fieldPathOf('query.page')).toEqual(['page']);
  });
});

describe('matchFormField', () => {
  const registered = [['name'], ['principal', 'phone'], ['industryCodes'], ['account', 'username']];
  it('matches an exact path', () => {
    expect(matchFormField(['principal', 'phone'], registered)).toEqual(['principal', 'phone']);
  });
  it('falls back to the longest registered prefix', () => {
    expect(matchFormField(['industryCodes', 0], registered)).toEqual(['industryCodes']);
  });
  it('returns null when no field matches', () => {
    expect(matchFormField(['location', 'lat'], registered)).toBeNull();
    expect(matchFormField([], registered)).toBeNull();
  });
});
