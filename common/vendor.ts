/** The vendors AdminGraph speaks to, as every layer names them (errors, IDs, models, audit). */
export type VendorName = 'BETTERCLOUD' | 'ATLASSIAN' | 'SNOW' | 'JUMPCLOUD';
