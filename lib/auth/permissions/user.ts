import { hasRole, type Role } from "@/lib/domain";

/** Creating accounts, changing roles, disabling and resetting passwords: administrators only. */
export function canManageUsers(role: Role): boolean {
  return hasRole(role, "admin");
}

/**
 * An administrator does not disable or demote their own account: it could leave the installation without
 * one, and another administrator should see the change happen. (That some active administrator is left
 * at all is judged in the same transaction as the change, in lib/data/users.)
 */
export function canChangeAccessOf(actor: { id: number; role: Role }, targetId: number, change: { role?: Role; disabled?: boolean }): boolean {
  if (!canManageUsers(actor.role)) return false;
  return targetId !== actor.id || (!change.disabled && (change.role === undefined || change.role === "admin"));
}

/** An administrator resets others' passwords; their own goes through the account page, with the current one. */
export function canResetPasswordOf(actor: { id: number; role: Role }, targetId: number): boolean {
  return canManageUsers(actor.role) && targetId !== actor.id;
}
