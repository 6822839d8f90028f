import { BadUserInputError } from '../../../common/errors.js';
import { describe, expect, it } from 'vitest';
import {
  allAndAnyOf,
  dateTimeCondition,
  isNull,
  sortBy,
  stringCondition,
} from '../../../datasources/snow/filter.js';

describe('Snow filter and sort building', () => {
  it('distributes the conjunction over alternatives (the grammar has no parentheses)', () => {
    const dept = stringCondition('department', '-eq', 'R&D "Labs"');
    const before = dateTimeCondition('lastActive', '-lt', '2026-01-01T00:00:00Z');
    expect(allAndAnyOf([dept], [before, isNull('lastActive')])).toBe(
      'department -eq "R&D \\"Labs\\"" -and lastActive -lt "2026-01-01T00:00:00.000Z" -or ' +
        'department -eq "R&D \\"Labs\\"" -and lastActive -eq null',
    );
    expect(allAndAnyOf([dept])).toBe('department -eq "R&D \\"Labs\\""');
    expect(allAndAnyOf([])).toBeUndefined();
  });

  it('refuses a date that is not one', () => {
    expect(() => dateTimeCondition('lastActive', '-ge', 'yesterday')).toThrow(BadUserInputError);
  });

  it('sorts with an ascending id tie-break', () => {
    expect(sortBy('email', 'DESC')).toBe('email:desc,id:asc');
    expect(sortBy('id', 'ASC')).toBe('id:asc');
  });
});
