/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PersonCard($email: String!) {\n    user(email: $email) {\n      displayName\n      email\n      department\n      status\n      monthlyCost {\n        amount\n        currency\n      }\n      accounts {\n        vendor\n        status\n      }\n    }\n  }\n": typeof types.PersonCardDocument,
    "\n  query WastedLicenses($first: Int!, $after: String) {\n    licenseWaste(first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost {\n        amount\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reasons\n          monthlyCost {\n            amount\n          }\n          subscription {\n            name\n          }\n          user {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.WastedLicensesDocument,
    "\n  mutation PlanOffboarding($email: String!) {\n    suspendUser(input: { email: $email, dryRun: true }) {\n      plannedCalls {\n        vendor\n        method\n        path\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PlanOffboardingDocument,
};
const documents: Documents = {
    "\n  query PersonCard($email: String!) {\n    user(email: $email) {\n      displayName\n      email\n      department\n      status\n      monthlyCost {\n        amount\n        currency\n      }\n      accounts {\n        vendor\n        status\n      }\n    }\n  }\n": types.PersonCardDocument,
    "\n  query WastedLicenses($first: Int!, $after: String) {\n    licenseWaste(first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost {\n        amount\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reasons\n          monthlyCost {\n            amount\n          }\n          subscription {\n            name\n          }\n          user {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.WastedLicensesDocument,
    "\n  mutation PlanOffboarding($email: String!) {\n    suspendUser(input: { email: $email, dryRun: true }) {\n      plannedCalls {\n        vendor\n        method\n        path\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PlanOffboardingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCard($email: String!) {\n    user(email: $email) {\n      displayName\n      email\n      department\n      status\n      monthlyCost {\n        amount\n        currency\n      }\n      accounts {\n        vendor\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').PersonCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WastedLicenses($first: Int!, $after: String) {\n    licenseWaste(first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost {\n        amount\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          reasons\n          monthlyCost {\n            amount\n          }\n          subscription {\n            name\n          }\n          user {\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WastedLicensesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanOffboarding($email: String!) {\n    suspendUser(input: { email: $email, dryRun: true }) {\n      plannedCalls {\n        vendor\n        method\n        path\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanOffboardingDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
