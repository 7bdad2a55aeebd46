/** Who is acting, as the database has them now. */
export interface ApiTokenActor {
  id: number;
}

/**
 * A token speaks for its owner alone, so only the owner sees and revokes it. An administrator who needs to
 * stop someone's tokens disables the account, which stops all of them at once.
 */
export function canManageApiToken(actor: ApiTokenActor, token: { userId: number }): boolean {
  return token.userId === actor.id;
}
