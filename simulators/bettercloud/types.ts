/**
 * BetterCloud's wire shapes, as `specs/bettercloud.yaml` describes them. The simulator keeps its
 * records in these shapes so a route answers them as they are.
 */
export type BetterCloudUserStatus = 'active' | 'suspended' | 'deprovisioned';
export type BetterCloudGroupRole = 'owner' | 'manager' | 'member';
export type BetterCloudWorkflowStatus = 'active' | 'inactive' | 'draft';
export type BetterCloudTriggerType = 'manual' | 'event' | 'scheduled';
export type BetterCloudRunStatus = 'pending' | 'running' | 'completed' | 'failed';
export type BetterCloudIntegrationStatus = 'connected' | 'disconnected' | 'error';

export const userStatuses: readonly BetterCloudUserStatus[] = ['active', 'suspended', 'deprovisioned'];
export const groupRoles: readonly BetterCloudGroupRole[] = ['owner', 'manager', 'member'];
export const workflowStatuses: readonly BetterCloudWorkflowStatus[] = ['active', 'inactive', 'draft'];
export const triggerTypes: readonly BetterCloudTriggerType[] = ['manual', 'event', 'scheduled'];

export interface BetterCloudUser {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  status: BetterCloudUserStatus;
  department: string | null;
  title: string | null;
  manager_email: string | null;
  location: string | null;
  created_at: string;
  updated_at: string;
}

export interface BetterCloudGroup {
  id: string;
  name: string;
  email: string | null;
  description: string | null;
  member_count: number;
  created_at: string;
  updated_at: string | null;
}

export interface BetterCloudGroupMember {
  user_id: string;
  email: string;
  name: string;
  role: BetterCloudGroupRole;
}

export interface BetterCloudWorkflow {
  id: string;
  name: string;
  description: string | null;
  status: BetterCloudWorkflowStatus;
  trigger_type: BetterCloudTriggerType;
  action_count: number;
  created_at: string;
  updated_at: string | null;
}

export interface BetterCloudWorkflowRun {
  execution_id: string;
  workflow_id: string;
  status: BetterCloudRunStatus;
  started_at: string;
}

export interface BetterCloudEvent {
  id: string;
  type: string;
  actor_email: string | null;
  target_email: string | null;
  description: string;
  occurred_at: string;
}

export interface BetterCloudIntegration {
  id: string;
  name: string;
  type: string;
  status: BetterCloudIntegrationStatus;
  connected_at: string | null;
}

/** An event as stored: the wire object plus what the `user_id` and date filters need. */
export interface StoredEvent {
  event: BetterCloudEvent;
  /** The user the event is about, if any: what `listEvents?user_id=` matches. */
  userId?: string;
  occurredAtMs: number;
}

/** A run as stored: the wire object plus whom it ran for. */
export interface StoredRun {
  run: BetterCloudWorkflowRun;
  userIds: string[];
}
