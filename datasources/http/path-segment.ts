/** Encodes one path segment of a vendor URL (Atlassian account IDs hold `:`), for reads and writes alike. */
export const pathSegment = encodeURIComponent;
