/** The `[id]` of a dynamic route as a positive integer, or null for anything else (which the caller answers as not found). */
export async function idParam(params: Promise<{ id: string }>): Promise<number | null> {
  const id = Number((await params).id);
  return Number.isInteger(id) && id > 0 ? id : null;
}
