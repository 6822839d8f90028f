import { VendorHttpError, badRequest, conflict, notFound } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import type { Router } from '../../core/router.js';
import { optionalBoolean, optionalInteger, optionalString, requiredString } from '../body-fields.js';
import { objectId } from '../ids.js';
import { listQuery } from '../list-query.js';
import type { JumpCloudStore } from '../store.js';
import { SeededRandom } from '../../core/random.js';

const administratorFields = [
  'id',
  'email',
  'firstname',
  'lastname',
  'role',
  'roleName',
  'enableMultiFactor',
  'registered',
  'suspended',
  'organizationAccessTotal',
  'apiKeyAllowed',
];
const organizationFields = ['id', 'name', 'maxSystemUsers'];

/** Provider, administrators and organizations (https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers). */
export function addProviderRoutes(router: Router, store: JumpCloudStore): void {
  const mint = (label: string) =>
    objectId(new SeededRandom(store.seed).fork(`${label}-${++store.writeSequence}`));

  router.get('/api/v2/providers/{provider_id}', 'providersGetProvider', (req) => {
    store.requireProvider(req);
    const { provider } = store.data;
    const fields = req.query.get('fields');
    if (!fields) return { body: provider };
    const selected = fields.split(',').filter(Boolean);
    for (const field of selected)
      if (!(field in provider)) throw badRequest(`Invalid fields "${fields}": unknown field "${field}"`);
    // As in lists, `id` always comes back.
    return {
      body: Object.fromEntries(['id', ...selected].map((f) => [f, provider[f as keyof typeof provider]])),
    };
  });

  router.get('/api/v2/providers/{provider_id}/administrators', 'providersListAdministrators', (req) => {
    store.requireProvider(req);
    const page = listQuery(req, store.data.administrators, { fields: administratorFields });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  // https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers/operation/providers_postAdmins
  router.post('/api/v2/providers/{provider_id}/administrators', 'providersPostAdmins', (req) => {
    store.requireProvider(req);
    const body = objectBody(req);
    const email = requiredString(body, 'email').trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      throw badRequest(`"email" is not a valid email address: ${email}`);
    const roleId = optionalString(body, 'role');
    const roleName = optionalString(body, 'roleName');
    if (!roleId && !roleName) throw badRequest('You must provide either role or roleName');
    const role = store.data.roles.find((r) => (roleId ? r.id === roleId : r.name === roleName));
    if (!role) throw badRequest(roleId ? `Unknown role ${roleId}` : `Unknown roleName "${roleName}"`);
    if (roleId && roleName && role.name !== roleName) throw badRequest(`role ${roleId} is not "${roleName}"`);
    if (store.data.administrators.some((a) => a.email === email))
      throw conflict(`Administrator ${email} already exists`);
    const bindNoOrgs = optionalBoolean(body, 'bindNoOrgs') ?? false;
    const admin = {
      id: mint('administrator'),
      email,
      firstname: optionalString(body, 'firstname') ?? '',
      lastname: optionalString(body, 'lastname') ?? '',
      role: role.id,
      roleName: role.name,
      enableMultiFactor: optionalBoolean(body, 'enableMultiFactor') ?? false,
      // A new administrator is invited: registered once they accept and set a password.
      registered: false,
      suspended: false,
      organizationAccessTotal: bindNoOrgs ? 0 : store.data.organizations.length,
      apiKeyAllowed: optionalBoolean(body, 'apiKeyAllowed') ?? false,
    };
    store.data.administrators.push(admin);
    return { status: 200, body: admin };
  });

  router.delete(
    '/api/v2/providers/{provider_id}/administrators/{id}',
    'providersRemoveAdministrator',
    (req) => {
      store.requireProvider(req);
      const index = store.data.administrators.findIndex((a) => a.id === req.params.id);
      if (index < 0) throw notFound(`Administrator ${req.params.id} not found`);
      store.data.administrators.splice(index, 1);
      return { status: 204 };
    },
  );

  router.get('/api/v2/providers/{provider_id}/organizations', 'providersListOrganizations', (req) => {
    store.requireProvider(req);
    const page = listQuery(req, store.data.organizations, { fields: organizationFields });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  // https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers/operation/providerOrganizations_createOrg
  router.post('/api/v2/providers/{provider_id}/organizations', 'providerOrganizationsCreateOrg', (req) => {
    store.requireProvider(req);
    if (store.data.provider.disallowOrgCreation)
      throw new VendorHttpError(403, 'Organization creation is disabled for this provider');
    const body = objectBody(req);
    const name = validOrganizationName(requiredString(body, 'name'));
    if (store.data.organizations.some((o) => o.name.toLowerCase() === name.toLowerCase()))
      throw badRequest(`An organization named "${name}" already exists`);
    const organization = {
      id: mint('organization'),
      name,
      maxSystemUsers: optionalInteger(body, 'maxSystemUsers', 0) ?? 0,
    };
    store.data.organizations.push(organization);
    return { status: 201, body: organization };
  });

  router.put(
    '/api/v2/providers/{provider_id}/organizations/{id}',
    'providerOrganizationsUpdateOrg',
    (req) => {
      store.requireProvider(req);
      const organization = store.data.organizations.find((o) => o.id === req.params.id);
      if (!organization) throw notFound(`Organization ${req.params.id} not found`);
      const body = objectBody(req);
      const bodyId = optionalString(body, 'id');
      if (bodyId !== undefined && bodyId !== organization.id)
        throw badRequest(`Body id ${bodyId} does not match path id ${organization.id}`);
      const name = optionalString(body, 'name');
      const maxSystemUsers = optionalInteger(body, 'maxSystemUsers', 0);
      if (name !== undefined) {
        const clean = validOrganizationName(name);
        if (
          store.data.organizations.some(
            (o) => o.id !== organization.id && o.name.toLowerCase() === clean.toLowerCase(),
          )
        )
          throw badRequest(`An organization named "${clean}" already exists`);
        organization.name = clean;
        renameInMappings(store, organization.id, clean);
      }
      if (maxSystemUsers !== undefined) organization.maxSystemUsers = maxSystemUsers;
      return { body: organization };
    },
  );
}

function validOrganizationName(name: string): string {
  const clean = name.trim();
  if (clean.length > 255) throw badRequest('"name" must be at most 255 characters');
  return clean;
}

/** Mapping rows show the organization's current name. */
function renameInMappings(store: JumpCloudStore, organizationId: string, name: string): void {
  for (const integration of store.data.integrations) {
    const mapping = integration.mappings.get(organizationId);
    if (mapping) mapping.organization = { id: organizationId, name };
  }
}
