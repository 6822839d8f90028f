import { MAX_PAGE_SIZE } from './list-page.js';
import {
  ENTERPRISE_USER_SCHEMA,
  GROUP_SCHEMA,
  RESOURCE_TYPE_SCHEMA,
  SCHEMA_SCHEMA,
  SERVICE_PROVIDER_CONFIG_SCHEMA,
  USER_SCHEMA,
} from './schema-urns.js';

/**
 * The discovery documents (RFC 7644 §4): what this directory supports, described the way RFC 7643
 * §5–7 lays them out, and true to what the routes do (PATCH yes; bulk, sort, etags, passwords no;
 * filters limited to `eq`, at most MAX_PAGE_SIZE results per page).
 */

interface AttributeDefinition {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference' | 'dateTime';
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned: 'always' | 'default' | 'never' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  subAttributes?: AttributeDefinition[];
  referenceTypes?: string[];
}

function attribute(
  name: string,
  description: string,
  options: Partial<Omit<AttributeDefinition, 'name' | 'description'>> = {},
): AttributeDefinition {
  return {
    name,
    type: 'string',
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...options,
  };
}

const multiValueParts = (what: string) => [
  attribute('value', `The ${what}.`),
  attribute('type', `The kind of ${what}, e.g. "work".`),
  attribute('primary', `Whether this is the primary ${what}.`, { type: 'boolean' }),
];

const userAttributes: AttributeDefinition[] = [
  attribute('userName', 'Unique identifier defined by the provisioning client; unique case-insensitively.', {
    required: true,
    uniqueness: 'server',
  }),
  attribute('name', "The components of the user's name.", {
    type: 'complex',
    subAttributes: [
      'formatted',
      'familyName',
      'givenName',
      'middleName',
      'honorificPrefix',
      'honorificSuffix',
    ].map((n) => attribute(n, `Name part ${n}.`)),
  }),
  attribute('displayName', 'User display name.'),
  attribute('nickName', 'User nickname.'),
  attribute('title', 'Job title.'),
  attribute('preferredLanguage', 'Preferred language.'),
  attribute('timezone', 'Timezone, e.g. America/Los_Angeles.'),
  attribute('active', "The user's administrative status.", { type: 'boolean' }),
  attribute('emails', 'Email addresses; one must be primary.', {
    type: 'complex',
    multiValued: true,
    required: true,
    subAttributes: multiValueParts('email address'),
  }),
  attribute('phoneNumbers', 'Phone numbers.', {
    type: 'complex',
    multiValued: true,
    subAttributes: multiValueParts('phone number'),
  }),
  attribute('groups', 'Groups the user belongs to.', {
    type: 'complex',
    multiValued: true,
    mutability: 'readOnly',
    subAttributes: [
      attribute('value', 'Group id.', { mutability: 'readOnly' }),
      attribute('display', 'Group name.', { mutability: 'readOnly' }),
    ],
  }),
];

const groupAttributes: AttributeDefinition[] = [
  attribute('displayName', 'Group name. Renaming is not supported.', {
    required: true,
    mutability: 'immutable',
    uniqueness: 'server',
  }),
  attribute('members', 'Group members (users).', {
    type: 'complex',
    multiValued: true,
    subAttributes: [
      attribute('value', 'User id.', { mutability: 'immutable' }),
      attribute('display', "The member's userName.", { mutability: 'readOnly' }),
      attribute('$ref', 'URL of the member.', {
        type: 'reference',
        referenceTypes: ['User'],
        mutability: 'immutable',
      }),
    ],
  }),
];

const enterpriseAttributes: AttributeDefinition[] = [
  attribute('department', 'Department the user belongs to.'),
  attribute('organization', 'Organization the user belongs to.'),
];

const schemaDocuments = [
  { id: USER_SCHEMA, name: 'User', description: 'User account', attributes: userAttributes },
  { id: GROUP_SCHEMA, name: 'Group', description: 'Group', attributes: groupAttributes },
  {
    id: ENTERPRISE_USER_SCHEMA,
    name: 'EnterpriseUser',
    description: 'Enterprise user extension',
    attributes: enterpriseAttributes,
  },
];

export type SchemaId = (typeof schemaDocuments)[number]['id'];

export function schemaDocument(id: SchemaId, baseUrl: string) {
  const doc = schemaDocuments.find((s) => s.id === id)!;
  return {
    schemas: [SCHEMA_SCHEMA],
    ...doc,
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${doc.id}` },
  };
}

export function allSchemaDocuments(baseUrl: string) {
  return schemaDocuments.map((s) => schemaDocument(s.id, baseUrl));
}

export function resourceTypeDocument(name: 'User' | 'Group', baseUrl: string) {
  const isUser = name === 'User';
  return {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: name,
    name,
    endpoint: isUser ? '/Users' : '/Groups',
    description: isUser ? 'User account' : 'Group',
    schema: isUser ? USER_SCHEMA : GROUP_SCHEMA,
    schemaExtensions: isUser ? [{ schema: ENTERPRISE_USER_SCHEMA, required: false }] : [],
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${name}` },
  };
}

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    documentationUri: 'https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE_SIZE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'The directory API key, sent as "Authorization: Bearer <key>"',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}
