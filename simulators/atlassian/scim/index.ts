import type { Company } from '../../company/company.js';
import type { VendorSurface } from '../../core/surface.js';
import { ScimDirectoryState } from './directory.js';
import { createScimSurface as createSurface } from './surface.js';

/**
 * Atlassian's SCIM user provisioning, as a surface the Atlassian simulator mounts on its port (4102).
 * `ScimDirectory` is the agreed interface (directoryId, reset, info, onActiveChanged) plus the
 * stores and writes the SCIM routes use.
 */
export type ScimDirectory = ScimDirectoryState;
export type { ActiveChangedListener } from './directory.js';

export function createScimDirectory(company: Company, directoryId: string): ScimDirectory {
  return new ScimDirectoryState(company, directoryId);
}

/** Routes under `/scim/`; authenticate with `Authorization: Bearer <ATLASSIAN_SIM_SCIM_TOKEN | dev-atlassian-token>`. */
export function createScimSurface(directory: ScimDirectory): VendorSurface {
  return createSurface(directory);
}
