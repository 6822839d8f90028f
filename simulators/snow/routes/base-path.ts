/** Snow's servers are `https://{region}.snowsoftware.io`; every SaaS consolidated-view path sits below this. */
export const SNOW_BASE_PATH = '/api/saas/consolidated-view/v1';
