import { describe, expect, it } from 'vitest';
import { createdId } from '../../../mutations/created-id.js';

describe('createdId', () => {
  it("reads each vendor's way of naming what it created", () => {
    expect(createdId({ responses: [{ data: { id: 'wf-1' } }] })).toBe('wf-1'); // BetterCloud
    expect(createdId({ responses: [{ id: 'scim-group', schemas: [] }] })).toBe('scim-group'); // SCIM
    expect(createdId({ responses: [{ integrationId: 'uuid' }] })).toBe('uuid'); // JumpCloud
  });

  it('skips steps that sent nothing and answers undefined when no answer names an ID', () => {
    expect(createdId({ responses: [undefined, { data: { id: 'g-2' } }] })).toBe('g-2');
    expect(createdId({ responses: [undefined, { accepted: true }] })).toBeUndefined();
    expect(createdId(undefined)).toBeUndefined();
  });
});
