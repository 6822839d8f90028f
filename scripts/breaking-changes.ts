import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { schemaFromSources } from './schema-sdl.js';

export interface BreakingChange {
  /** The schema coordinate the change is about (`Type.field`, `Type.field.argument`, `Enum.VALUE`). */
  path: string;
  message: string;
}

/** The changes from `released` to `current` that break a client written against `released`. */
export async function breakingChanges(released: string, current: string): Promise<BreakingChange[]> {
  const changes = await diff(schemaFromSources([released]), schemaFromSources([current]));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '(schema)', message: change.message }));
}

/**
 * The coordinates a changelog's "Unreleased" section lists as intended breaking changes: every
 * `` `Coordinate` `` at the start of a bullet under its "### Breaking" heading.
 */
export function intendedBreakingChanges(changelog: string): Set<string> {
  const unreleased = changelog.split(/^## /m).find((section) => section.startsWith('Unreleased')) ?? '';
  const breaking = unreleased.split(/^### /m).find((section) => section.startsWith('Breaking')) ?? '';
  return new Set([...breaking.matchAll(/^\s*[-*]\s+`([^`]+)`/gm)].map((m) => m[1]));
}

/** A breaking change is intended when its coordinate, or a parent of it (`Type` for `Type.field`), is listed. */
export function unintended(changes: BreakingChange[], intended: Set<string>): BreakingChange[] {
  return changes.filter((change) => {
    const parts = change.path.split('.');
    return !parts.some((_, i) => intended.has(parts.slice(0, i + 1).join('.')));
  });
}
