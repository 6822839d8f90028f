/**
 * The write facade: everything the mutations floor needs to describe, validate and send vendor
 * writes, in one place beside `contracts.ts` (the read side). Mutations import vendor write
 * builders from here, never from a vendor folder, so a vendor's internals can move freely.
 */
export { sendVendorWrite, type VendorWrite } from './vendor-write.js';
export * from './bettercloud/writes.js';
export * from './atlassian/writes.js';
export * from './scim/writes.js';
export * from './snow/writes.js';
export * from './jumpcloud/writes.js';
export {
  createJumpCloudWriteReads,
  type JumpCloudAlertOption,
  type JumpCloudAlertResource,
  type JumpCloudWriteReads,
} from './jumpcloud/validation-reads.js';
export { psaNames, toAdministrator, toIntegrationType } from './jumpcloud/mapping.js';
export type { JumpCloudIdName, JumpCloudIntegrationType } from './jumpcloud/types.js';
