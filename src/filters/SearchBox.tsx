// Placeholder until the search box lands.
export function SearchBox() {
  return null;
}
