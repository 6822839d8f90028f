/** The SCIM directory's own records: what the routes read and write, rendered to SCIM JSON on the way out. */

export interface ScimName {
  formatted?: string;
  familyName?: string;
  givenName?: string;
  middleName?: string;
  honorificPrefix?: string;
  honorificSuffix?: string;
}

export interface ScimMultiValue {
  value: string;
  type?: string;
  primary?: boolean;
}

export interface ScimUserRecord {
  id: string;
  userName: string;
  externalId?: string;
  name: ScimName;
  displayName?: string;
  nickName?: string;
  title?: string;
  preferredLanguage?: string;
  timezone?: string;
  emails: ScimMultiValue[];
  phoneNumbers: ScimMultiValue[];
  /** Enterprise extension attributes. */
  department?: string;
  organization?: string;
  active: boolean;
  /**
   * Set by DELETE: Atlassian deactivates the account and hides it from every later SCIM call
   * (404) until the IdP provisions the same userName again.
   */
  removed: boolean;
  created: string;
  lastModified: string;
}

export interface ScimGroupRecord {
  id: string;
  displayName: string;
  externalId?: string;
  /** Member user IDs in the order they were added. */
  members: Set<string>;
  created: string;
  lastModified: string;
}

/** User attributes a client may write (POST, PUT, PATCH); everything else is server-owned. */
export type WritableUserFields = Omit<ScimUserRecord, 'id' | 'removed' | 'created' | 'lastModified'>;
