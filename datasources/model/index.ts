export * from './account.js';
export * from './catalog.js';
export * from './vendor-objects.js';
export * from './governance.js';
