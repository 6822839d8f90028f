import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakingChanges, intendedBreakingChanges, unintended } from '../../../scripts/breaking-changes.js';
import { printSdl } from '../../../scripts/schema-sdl.js';
import { loadTypeDefs } from '../../../src/type-defs.js';

const released = `
  "A person."
  type User { "Email." email: String! "Cost." cost: Float "Status." status: Status }
  "Status."
  enum Status { "On." ACTIVE "Off." SUSPENDED }
  "Root."
  type Query { "One person." user(email: String!): User }
`;

describe('the published schema', () => {
  it('is schema.graphql, printed from schema/ (npm run codegen keeps it fresh)', () => {
    const published = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
    expect(published).toBe(printSdl(loadTypeDefs()));
  });
});

describe('the breaking-change check', () => {
  it('finds removed fields, changed types and removed enum values, and lets additions through', async () => {
    const current = released
      .replace('"Cost." cost: Float ', '')
      .replace('status: Status', 'status: String')
      .replace('type Query {', 'type Query { "All." users: [User!]! ');
    const changes = await breakingChanges(released, current);
    expect(changes.map((c) => c.path).sort()).toEqual(['User.cost', 'User.status']);
    expect(
      await breakingChanges(released, released.replace('"Off." SUSPENDED', '"Off." SUSPENDED "Gone." GONE')),
    ).toEqual([]);
  });

  it('fails only the changes the changelog does not list under Unreleased → Breaking', async () => {
    const changes = await breakingChanges(
      released,
      released.replace('"Cost." cost: Float "Status." status: Status', ''),
    );
    const changelog = [
      '# Changelog',
      '## Unreleased',
      '### Breaking',
      '- `User.cost`: replaced by monthlyCost',
      '### Added',
      '- `User.status`: listed under Added, so not intended as breaking',
      '## 0.1.0',
      '### Breaking',
      '- `User.status`: an old release does not excuse a new change',
    ].join('\n');
    const intended = intendedBreakingChanges(changelog);
    expect([...intended]).toEqual(['User.cost']);
    expect(unintended(changes, intended).map((c) => c.path)).toEqual(['User.status']);
    expect(unintended(changes, new Set(['User'])).map((c) => c.path)).toEqual([]);
  });
});
