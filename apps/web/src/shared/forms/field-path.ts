export type FieldPath = (string | number)[];

/** 'body.principal.phone' → ['principal', 'phone']; numeric segments become list indexes. */
export function fieldPathOf(serverField: string): FieldPath {
  const segments = serverField.split('.').filter(Boolean);
  const withoutSource = segments[0] === 'body' || segments[0] === 'query' ? segments.slice(1) : segments;
  return withoutSource.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((segment, i) => String(segment) === String(b[i]));
}

/**
 * The registered form field that best matches a server path: the path itself, or its longest
 * registered prefix. 'industryCodes.0' lands on the 'industryCodes' multi-select.
 */
export function matchFormField(path: FieldPath, registered: FieldPath[]): FieldPath | null {
  for (let length = path.length; length > 0; length -= 1) {
    const prefix = path.slice(0, length);
    const hit = registered.find((candidate) => samePath(candidate, prefix));
    if (hit) return hit;
  }
  return null;
}
