/**
 * localStorage, guarded: storage can be unavailable (private mode, sandboxed frames, a full quota), and then a
 * preference simply is not remembered; it still applies for this visit.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remember a value (null forgets it); false when storage refused. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
