import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../common/errors.js';
import { toGlobalId } from '../../../common/global-id.js';
import { emailOfUserId, isEmailAddress, pageSize, parseEmail } from '../../../common/validation.js';

describe('shared input validation', () => {
  it('normalizes an email the way the identity index keys people', () => {
    expect(parseEmail('  JSmith@Example.COM ')).toBe('jsmith@example.com');
  });

  it.each(['not an email', 'a@', '@example.com', 'a@b', 'a b@example.com', ''])('refuses %j', (raw) => {
    expect(isEmailAddress(raw)).toBe(false);
    expect(parseEmail(raw)).toBeUndefined();
  });

  it('reads the email inside a User ID and nothing else', () => {
    expect(emailOfUserId(toGlobalId('User', 'jsmith@example.com'))).toBe('jsmith@example.com');
    expect(emailOfUserId(toGlobalId('Group', 'jsmith@example.com'))).toBeUndefined();
    expect(emailOfUserId(toGlobalId('User', 'nobody'))).toBeUndefined();
    expect(emailOfUserId('%%%')).toBeUndefined();
  });

  it('takes 1 to 100 for `first` and names the argument otherwise', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, 101, 1.5, -1]) {
      const error = (() => {
        try {
          pageSize(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    }
  });
});
