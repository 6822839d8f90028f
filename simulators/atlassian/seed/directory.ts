import type { Directory, DirectoryMember } from '../model.js';

export function emptyDirectory(id: string, orgId: string, name: string): Directory {
  return { id, orgId, name, members: [], byAccountId: new Map(), nextSeq: 1 };
}

/** Appends a member at the end of the join order. */
export function addMember(directory: Directory, member: Omit<DirectoryMember, 'seq'>): DirectoryMember {
  const added: DirectoryMember = {
    seq: directory.nextSeq++,
    account: member.account,
    suspended: member.suspended,
    orgRole: member.orgRole,
    products: member.products,
    groups: member.groups,
  };
  directory.members.push(added);
  directory.byAccountId.set(added.account.accountId, added);
  return added;
}

export function removeMember(directory: Directory, member: DirectoryMember): void {
  directory.byAccountId.delete(member.account.accountId);
  // Members are ordered by seq: find the position by binary search, then splice (O(N), writes only).
  let lo = 0;
  let hi = directory.members.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (directory.members[mid].seq < member.seq) lo = mid + 1;
    else hi = mid;
  }
  if (directory.members[lo] === member) directory.members.splice(lo, 1);
}
