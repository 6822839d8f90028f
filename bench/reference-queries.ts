/**
 * The reference queries of the gateway benchmark (BENCHMARKS.md). Each names the vendor calls the
 * vendor APIs force on it: `minimumCalls` computes that lower bound from the simulators' data, and
 * `criticalPathHops` the longest chain of calls that must wait for each other (each hop costs one
 * vendor latency). Both assume a warm identity index; the cold cost of building it is reported apart.
 */
export interface ReferenceQuery {
  name: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const referenceQueries: ReferenceQuery[] = [
  {
    name: 'directory-page',
    description: 'A directory page: 100 users with their accounts, groups and subscriptions',
    query: /* GraphQL */ `
      query DirectoryPage {
        users(first: 100) {
          totalCount
          edges {
            node {
              email
              displayName
              department
              status
              accounts {
                vendor
                status
                externalId
                lastActiveAt
              }
              groups {
                role
                group {
                  name
                  source
                }
              }
              subscriptions {
                name
                monthlyCost {
                  amount
                  currency
                }
                lastActiveAt
              }
            }
          }
        }
      }
    `,
  },
  {
    name: 'user-profile',
    description: "One user's full profile (jsmith@example.com, who has accounts in all four vendors)",
    query: /* GraphQL */ `
      query Profile {
        user(email: "jsmith@example.com") {
          email
          displayName
          status
          vendors
          lastActiveAt
          accounts {
            vendor
            status
            vendorStatus
            externalId
            email
            ... on AtlassianAccount {
              productAccess {
                key
              }
              roleAssignments {
                role
                resource
              }
              scim {
                userName
                active
                groups {
                  name
                }
              }
            }
            ... on SnowAccount {
              isInReview
              licenseCount
              vendorReportedSavings {
                amount
              }
              discoverySources {
                name
              }
              applications {
                name
              }
            }
            ... on JumpCloudAccount {
              role
            }
          }
          groups {
            role
            group {
              name
              source
            }
          }
          subscriptions {
            name
            softwareVendor
            monthlyCost {
              amount
            }
            lastActiveAt
          }
          roleAssignments {
            vendor
            role
            resource
          }
          events(first: 20) {
            edges {
              node {
                action
                occurredAt
              }
            }
          }
          monthlyCost {
            amount
          }
          vendorReportedSavings {
            amount
          }
        }
      }
    `,
  },
  {
    name: 'license-waste',
    description: 'License waste over the whole company (first 100, most expensive first, with totals)',
    query: /* GraphQL */ `
      query Waste {
        licenseWaste(first: 100, inactiveDays: 60) {
          totalCount
          totalMonthlyCost {
            amount
            currency
          }
          edges {
            node {
              reasons
              monthlyCost {
                amount
              }
              subscription {
                name
              }
              user {
                email
                status
              }
            }
          }
        }
      }
    `,
  },
  {
    name: 'integration-mappings',
    description: 'A ConnectWise integration with its settings and mappings',
    query: /* GraphQL */ `
      query IntegrationMappings {
        integrations(first: 1, filter: { kind: CONNECTWISE }) {
          edges {
            node {
              name
              kind
              endpoint
              isConfigured
              settings {
                automaticTicketing
                companyTypeIds
              }
              mappings(first: 100) {
                totalCount
                edges {
                  node {
                    organization {
                      name
                    }
                    company {
                      id
                      name
                    }
                    agreement {
                      name
                    }
                    addition {
                      name
                    }
                    lastSyncStatus
                  }
                }
              }
            }
          }
        }
      }
    `,
  },
];
