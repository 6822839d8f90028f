import { graphql } from './__generated__/index.js';

/** The operations an admin screen needs; each becomes a typed document and a persisted-operation entry. */
export const PersonCardQuery = graphql(`
  query PersonCard($email: String!) {
    user(email: $email) {
      displayName
      email
      department
      status
      monthlyCost {
        amount
        currency
      }
      accounts {
        vendor
        status
      }
    }
  }
`);

export const WastedLicensesQuery = graphql(`
  query WastedLicenses($first: Int!, $after: String) {
    licenseWaste(first: $first, after: $after) {
      totalCount
      totalMonthlyCost {
        amount
        currency
      }
      pageInfo {
        hasNextPage
        endCursor
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
          }
        }
      }
    }
  }
`);

export const PlanOffboardingMutation = graphql(`
  mutation PlanOffboarding($email: String!) {
    suspendUser(input: { email: $email, dryRun: true }) {
      plannedCalls {
        vendor
        method
        path
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
