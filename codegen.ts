import type { CodegenConfig } from '@graphql-codegen/cli';

const model = '../datasources/model/index.js';

/** Resolver types from `schema/`, with mappers to our internal models (vendor types: scripts/codegen-vendor-types.ts). */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    '__generated__/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../mutations/context.js#GatewayContext',
        scalars: { DateTime: 'string', JSON: 'unknown' },
        mappers: {
          User: `${model}#UserModel`,
          Account: `${model}#AccountModel`,
          BetterCloudAccount: `${model}#BetterCloudAccountModel`,
          AtlassianAccount: `${model}#AtlassianAccountModel`,
          SnowAccount: `${model}#SnowAccountModel`,
          JumpCloudAccount: `${model}#JumpCloudAccountModel`,
          ProductAccess: `${model}#ProductAccessModel`,
          ScimIdentity: `${model}#ScimIdentityModel`,
          RoleAssignment: `${model}#RoleAssignmentModel`,
          Group: `${model}#GroupModel`,
          GroupMembership: `${model}#GroupMembershipModel`,
          SaasSubscription: `${model}#SaasSubscriptionModel`,
          Application: `${model}#ApplicationModel`,
          DiscoverySource: `${model}#DiscoverySourceModel`,
          LicenseWaste: `${model}#LicenseWasteModel`,
          Policy: `${model}#PolicyModel`,
          Integration: `${model}#IntegrationModel`,
          IntegrationSettings: `${model}#IntegrationSettingsModel`,
          IntegrationMapping: `${model}#IntegrationMappingModel`,
          PsaCompany: `${model}#PsaCompanyModel`,
          PsaCompanyType: `${model}#PsaCompanyTypeModel`,
          PsaAgreement: `${model}#PsaAgreementModel`,
          PsaAddition: `${model}#PsaAdditionModel`,
          AlertConfiguration: `${model}#AlertConfigurationModel`,
          SyncError: `${model}#SyncErrorModel`,
          Organization: `${model}#OrganizationModel`,
          AtlassianOrganization: `${model}#AtlassianOrganizationModel`,
          ProviderOrganization: `${model}#ProviderOrganizationModel`,
          Domain: `${model}#DomainModel`,
          Directory: `${model}#DirectoryModel`,
          Provider: `${model}#ProviderModel`,
          Administrator: `${model}#AdministratorModel`,
          Invoice: `${model}#InvoiceModel`,
          ProviderBilling: `${model}#ProviderBillingModel`,
          ProviderBillingProduct: `${model}#ProviderBillingProductModel`,
          SupportCase: `${model}#SupportCaseModel`,
          TicketingAlert: `${model}#TicketingAlertModel`,
          AlertResource: `${model}#AlertResourceModel`,
          AuditLogEntry: '../mutations/audit-log.js#AuditEntry',
          AuditEvent: `${model}#AuditEventModel`,
          Workflow: `${model}#WorkflowModel`,
          UserKpis: `${model}#UserKpisModel`,
          UserKpiPoint: `${model}#UserKpiPointModel`,
          Spend: `${model}#SpendModel`,
          SpendBucket: `${model}#SpendBucketModel`,
          Money: `${model}#MoneyModel`,
        },
      },
    },
  },
};

export default config;
