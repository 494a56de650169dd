// The package ships types its package.json "exports" does not point at; declare the one function used.
declare module 'dom-accessibility-api' {
  /** The accessible name, computed as browsers do (accname 1.2). */
  export function computeAccessibleName(root: Element): string;
}
