import { NoAccess } from "@/components/no-access";

/** requirePageUser answers "not found" to a role below reviewer; the page exists, so say what it is for. */
export default function ImportNoAccess() {
  return <NoAccess page="import" />;
}
