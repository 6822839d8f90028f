/** Counts what a simulator served, by operation: the ground truth for upstream-call tests. */
export interface ServedRequest {
  at: string;
  method: string;
  path: string;
  operationId: string;
  status: number;
}

export class RequestLog {
  private byOperation = new Map<string, number>();
  private recent: ServedRequest[] = [];
  private total = 0;

  constructor(private readonly keepRecent = 500) {}

  record(entry: ServedRequest): void {
    this.total++;
    this.byOperation.set(entry.operationId, (this.byOperation.get(entry.operationId) ?? 0) + 1);
    this.recent.push(entry);
    if (this.recent.length > this.keepRecent) this.recent.shift();
  }

  snapshot() {
    return {
      total: this.total,
      byOperation: Object.fromEntries([...this.byOperation.entries()].sort(([a], [b]) => a.localeCompare(b))),
      recent: this.recent.slice(),
    };
  }

  clear(): void {
    this.byOperation.clear();
    this.recent = [];
    this.total = 0;
  }
}
