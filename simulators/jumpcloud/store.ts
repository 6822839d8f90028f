import type { Company } from '../company/company.js';
import { VendorHttpError, notFound } from '../core/http-types.js';
import type { SimRequest } from '../core/http-types.js';
import type { SimulatorState } from '../core/surface.js';
import type { IntegrationType, JumpCloudData, JumpCloudIntegration } from './model.js';
import { integrationTypes } from './model.js';
import { buildJumpCloudData } from './seed.js';

/** The simulator's live state: the seeded tenant plus every write since the last reset. */
export class JumpCloudStore implements SimulatorState {
  data: JumpCloudData;
  /** Counts creations so that IDs minted by writes never repeat within one run. */
  writeSequence = 0;

  constructor(private readonly company: Company) {
    this.data = buildJumpCloudData(company);
  }

  get seed(): number {
    return this.company.config.seed;
  }

  reset(): void {
    this.data = buildJumpCloudData(this.company);
    this.writeSequence = 0;
  }

  info(): Record<string, unknown> {
    const { provider, administrators, organizations, integrations } = this.data;
    const integrationIds = Object.fromEntries(
      integrationTypes.map((type) => [type, integrations.filter((i) => i.type === type).map((i) => i.id)]),
    );
    return {
      providerId: provider.id,
      integrationIds,
      // Known to JumpCloud but not this key's: answers 403, for tests of that path.
      foreignProvider: this.data.foreignProvider,
      counts: {
        administrators: administrators.length,
        organizations: organizations.length,
        integrations: integrations.length,
        companies: integrations.reduce((sum, i) => sum + i.companies.length, 0),
        mappings: integrations.reduce((sum, i) => sum + i.mappings.size, 0),
        syncErrors: integrations.reduce((sum, i) => sum + i.syncErrors.length, 0),
        ticketingAlerts: this.data.ticketingAlerts.length,
        configuredPolicyTemplates: this.data.configuredPolicyTemplates.length,
        policyGroupTemplates: this.data.policyGroupTemplates.length,
        invoices: this.data.invoices.length,
        cases: this.data.cases.length,
      },
    };
  }

  /**
   * The API key belongs to administrators of one provider. Another provider JumpCloud knows is a
   * 403 (the key is not associated with it); a provider ID JumpCloud does not know is a 404, as the
   * reference document (../shared/reference-specs/jumpcloud-v2-provider-subset.yaml) lists both.
   */
  requireProvider(req: SimRequest): void {
    const id = req.params.provider_id;
    if (id === this.data.provider.id) return;
    if (id === this.data.foreignProvider.id)
      throw new VendorHttpError(403, `Forbidden: you are not associated with provider ${id}`);
    throw notFound(`Provider ${id} not found`);
  }

  /**
   * The integration of `type` with the path's UUID; one of another provider's integrations is a
   * 403, an unknown UUID JumpCloud's 404.
   */
  integration(type: IntegrationType, uuid: string): JumpCloudIntegration {
    const found = this.data.integrations.find((i) => i.id === uuid && i.type === type);
    if (found) return found;
    if (this.data.foreignProvider.integrationIds[type] === uuid)
      throw new VendorHttpError(
        403,
        `Forbidden: ${type} integration ${uuid} belongs to a provider you are not associated with`,
      );
    throw notFound(`${type} integration ${uuid} not found`);
  }

  /** Alert configurations exist only for PSA types the provider has an integration of. */
  requireIntegrationOfType(type: IntegrationType): void {
    if (!this.data.integrations.some((i) => i.type === type))
      throw notFound(`No ${type} integration configured for this provider`);
  }

  organizationNames(): string[] {
    return this.data.organizations.map((o) => o.name);
  }
}
