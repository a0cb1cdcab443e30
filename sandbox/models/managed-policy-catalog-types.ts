/** One AWS managed policy as the committed catalog holds it (the default version only). */
export interface ManagedPolicyCatalogEntry {
  name: string;
  arn: string;
  path: string;
  /** The package that tracks AWS managed policies carries no descriptions, so none is set. */
  description?: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  versionCreateDate: string;
  /** The default version's document as compact JSON. */
  document: string;
}
