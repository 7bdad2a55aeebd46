import { NoAccess } from "@/components/no-access";

/** requirePageUser answers "not found" to a role below administrator; the page exists, so say what it is for. */
export default function UsersNoAccess() {
  return <NoAccess page="users" />;
}
