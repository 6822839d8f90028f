import { describe, expect, it } from 'vitest';
import { allOf, contains, equals, sortBy, sortParams } from '../../../datasources/jumpcloud/filter.js';

describe('JumpCloud sort parameters', () => {
  it('ties every sort on a unique field, in the same direction', () => {
    expect(sortBy('name', 'ASC')).toBe('name,id');
    expect(sortBy('name', 'DESC')).toBe('-name,-id');
    expect(sortBy('subject', 'ASC', 'caseNumber')).toBe('subject,caseNumber');
    expect(sortBy('organization.name', 'DESC', 'organization.id')).toBe(
      '-organization.name,-organization.id',
    );
    expect(sortBy('id', 'DESC')).toBe('-id');
  });

  it('puts the whole order in sortIgnoreCase when asked (JumpCloud applies `sort` first)', () => {
    expect(sortParams('lastname', 'ASC')).toStrictEqual({ sort: 'lastname,id' });
    expect(sortParams('lastname', 'DESC', { ignoreCase: true })).toStrictEqual({
      sortIgnoreCase: '-lastname,-id',
    });
  });

  it('refuses field names that are not ours to build', () => {
    expect(() => sortBy('name,-id', 'ASC')).toThrow();
  });

  it('keeps client values from widening a filter', () => {
    expect(allOf(equals('status', 'Open'), contains('subject', 'a:b*'))).toStrictEqual([
      'status:eq:Open',
      'subject:search:a:b*',
    ]);
    expect(() => equals('email', 'a*@example.com')).toThrow(RangeError);
  });
});
